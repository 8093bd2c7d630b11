package com.courtside.ui.labels;

import com.courtside.inference.analysis.AnalysisResult;
import com.courtside.inference.track.TrackMode;
import com.courtside.inference.track.TrackResult;
import com.courtside.inference.track.TrackSample;
import com.courtside.labeling.store.LabelSource;
import com.courtside.labeling.store.Labels;
import com.courtside.timeline.FileSignature;
import com.courtside.timeline.Rally;
import com.courtside.timeline.Rational;
import com.courtside.timeline.VideoFacts;
import com.courtside.timeline.rally.GameStateSeries;
import com.courtside.timeline.rally.RallyPreset;
import com.courtside.timeline.rally.RallySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Saving an analysis into a real project file and reading the timeline's labels back. */
class LabelingSessionTest {

    private static final int FRAMES = 150;

    @TempDir
    Path dir;

    /** A 1080p30 analysis whose ball crosses the frame at 20 px a frame from frame 30 to 90, unseen otherwise. */
    private AnalysisResult analysis() throws Exception {
        Path video = Files.write(dir.resolve("match.mp4"), new byte[] {7, 1, 2, 3, 4, 5});
        VideoFacts facts = new VideoFacts(video, "mp4", "h264", 1920, 1080, FRAMES, FRAMES, Rational.of(30, 1),
                Rational.of(1, 15360), 0, FRAMES * 1_000_000L / 30, true, FileSignature.of(video));
        TrackResult track = new TrackResult(FRAMES);
        for (int f = 30; f <= 90; f++) {
            track.record(f, new TrackSample(f, 100 + 20 * (f - 30), 500, 0.9f, true, TrackMode.NORMAL));
        }
        return new AnalysisResult(facts, track, List.of(), "test analysis", 61, 1_000_000L);
    }

    @Test
    void aSavedAnalysisShowsItsTrajectoryRalliesAsModelRallies() throws Exception {
        AnalysisResult result = analysis();
        try (LabelingSession session = LabelingSession.open(dir.resolve("match.courtside"), result.facts(), "tester")) {
            assertThat(session.saveAnalysis(result, "method-1", "model", null, "CPU")).isTrue();

            List<Labels.LabeledRally> rallies = session.load().rallies();

            assertThat(rallies).hasSize(1);
            assertThat(new Rally(rallies.get(0).startFrame(), rallies.get(0).endFrame())).isEqualTo(new Rally(30, 90));
            assertThat(rallies.get(0).source()).isEqualTo(LabelSource.MODEL);
        }
    }

    @Test
    void theRallySettingsDecideWhatCountsAsARally() throws Exception {
        AnalysisResult result = analysis();
        RallySettings longRalliesOnly = new RallySettings(0, 0.5, 0.35, 1.0, 0.3, 3.0, 2.0, 0.1, 0.8, 0.8);
        try (LabelingSession session = LabelingSession.open(dir.resolve("match.courtside"), result.facts(), "tester")) {
            assertThat(session.saveAnalysis(result, "method-1", "model", null, "CPU", longRalliesOnly)).isTrue();

            assertThat(session.load().rallies()).isEmpty();
            assertThat(session.load().labels().ball().visibleCount()).isEqualTo(61);
        }
    }

    @Test
    void newRallySettingsFindTheKeptAnalysisRalliesAgain() throws Exception {
        AnalysisResult result = analysis();
        RallySettings longRalliesOnly = new RallySettings(0, 0.5, 0.35, 1.0, 0.3, 3.0, 2.0, 0.1, 0.8, 0.8);
        try (LabelingSession session = LabelingSession.open(dir.resolve("match.courtside"), result.facts(), "tester")) {
            assertThat(session.refindRallies(RallyPreset.TABLE_TENNIS.settings())).as("nothing analysed yet").isEmpty();
            session.saveAnalysis(result, "method-1", "model", null, "CPU", longRalliesOnly);
            session.editor().setRallyStart(120).join();
            session.editor().setRallyEnd(140).join();
            assertThat(starts(session)).containsExactly(120);

            assertThat(session.refindRallies(RallyPreset.TABLE_TENNIS.settings())).hasValue(1);
            assertThat(starts(session)).as("the 2 s flight is a rally now; the person's rally stays").containsExactly(30, 120);

            assertThat(session.refindRallies(longRalliesOnly)).hasValue(0);
            assertThat(starts(session)).containsExactly(120);
        }
    }

    @Test
    void newRallySettingsKeepTheGameStateWindowsAndRunNoModel() throws Exception {
        AnalysisResult result = analysis();
        GameStateSeries series = new GameStateSeries(30, FRAMES, 48, new int[] {0, 48, 96},
                new float[] {0.9f, 0.1f, 0.9f}, new float[] {0.05f, 0.85f, 0.05f}, new float[] {0.05f, 0.05f, 0.05f});
        RallySettings strict = RallySettings.fromMap(withValue("minPlaySeconds", 3.0));
        try (LabelingSession session = LabelingSession.open(dir.resolve("match.courtside"), result.facts(), "tester")) {
            session.saveAnalysis(result, "method-1", "model", null, "CPU");
            session.saveGameState(series, result.track().ballTrack(), "gs-1", "game-state-tt", "ab", "CPU",
                    RallyPreset.TABLE_TENNIS.settings());
            assertThat(starts(session)).hasSize(1);

            assertThat(session.refindRallies(strict)).as("the 2 s rally is too short now")
                    .hasValue(0);
            assertThat(session.load().play()).as("the windows are kept").hasSize(FRAMES);
            assertThat(session.hasGameState("gs-1")).as("the game-state model need not run again").isTrue();

            assertThat(session.refindRallies(RallyPreset.TABLE_TENNIS.settings())).hasValue(1);
        }
    }

    private static java.util.Map<String, Double> withValue(String key, double value) {
        java.util.Map<String, Double> map = RallyPreset.TABLE_TENNIS.settings().toMap();
        map.put(key, value);
        return map;
    }

    private static List<Integer> starts(LabelingSession session) {
        return session.load().rallies().stream().map(Labels.LabeledRally::startFrame).toList();
    }

    @Test
    void aGameStateRunReplacesTheTrajectoryRalliesAndBringsThePlayCurve() throws Exception {
        AnalysisResult result = analysis();
        // Windows every 48 frames (16 frames each): play in the two that overlap the ball's flight.
        GameStateSeries series = new GameStateSeries(30, FRAMES, 48, new int[] {0, 48, 96},
                new float[] {0.9f, 0.1f, 0.9f}, new float[] {0.05f, 0.85f, 0.05f}, new float[] {0.05f, 0.05f, 0.05f});
        try (LabelingSession session = LabelingSession.open(dir.resolve("match.courtside"), result.facts(), "tester")) {
            session.saveAnalysis(result, "method-1", "model", null, "CPU");
            assertThat(session.load().play()).as("no game-state run yet").isNull();

            assertThat(session.saveGameState(series, result.track().ballTrack(), "gs-1", "game-state-tt", "ab", "CPU",
                    RallyPreset.TABLE_TENNIS.settings())).isTrue();
            assertThat(session.hasGameState("gs-1")).isTrue();
            assertThat(session.saveGameState(series, result.track().ballTrack(), "gs-1", "game-state-tt", "ab", "CPU",
                    RallyPreset.TABLE_TENNIS.settings())).as("the same method is not saved twice").isFalse();

            LabelingSession.Snapshot s = session.load();
            assertThat(s.play()).hasSize(FRAMES);
            assertThat(s.play()[56]).isGreaterThan(0.8f);
            assertThat(s.play()[8]).isLessThan(0.2f);
            assertThat(s.rallies()).hasSize(1);
            assertThat(s.rallies().get(0).source()).isEqualTo(LabelSource.MODEL);
        }
    }

    @Test
    void aBallMovedByHandDisagreesWithTheModelThereAndNowhereElse() throws Exception {
        AnalysisResult result = analysis();
        try (LabelingSession session = LabelingSession.open(dir.resolve("match.courtside"), result.facts(), "tester")) {
            session.saveAnalysis(result, "method-1", "model", null, "CPU");
            session.editor().setBall(40, 100 + 20 * 10 + 3, 503).join();  // 4 px from the model's ball: agrees
            session.editor().setBall(50, 900, 900).join();                 // far from it
            session.editor().markBall(60, com.courtside.timeline.BallTrack.Visibility.NONE, Float.NaN, Float.NaN)
                    .join();                                               // the model saw a ball there

            boolean[] disagree = session.load().disagreement();

            assertThat(disagree[40]).isFalse();
            assertThat(disagree[50]).isTrue();
            assertThat(disagree[60]).isTrue();
            int count = 0;
            for (boolean b : disagree) {
                count += b ? 1 : 0;
            }
            assertThat(count).isEqualTo(2);
        }
    }
}
