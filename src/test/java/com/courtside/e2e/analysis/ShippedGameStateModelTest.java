package com.courtside.e2e.analysis;

import com.courtside.inference.analysis.AnalysisResult;
import com.courtside.inference.analysis.Analyzers;
import com.courtside.inference.analysis.BallAnalyzer;
import com.courtside.inference.analysis.GameStateAnalyzer;
import com.courtside.inference.onnx.Device;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoProbe;
import com.courtside.resources.BundledModels;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.Rally;
import com.courtside.timeline.eval.RallyMetrics;
import com.courtside.timeline.io.TruthJson;
import com.courtside.timeline.rally.GameStateSeries;
import com.courtside.timeline.rally.RallyFinder;
import com.courtside.timeline.rally.RallyPostProcessor;
import com.courtside.timeline.rally.RallyPreset;
import com.courtside.timeline.rally.RallySettings;
import com.courtside.timeline.rally.TrajectoryRallies;
import com.courtside.timeline.task.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped game-state model on the held-out 1080p match of {@link ShippedBallModelTest} (seed 951, never trained
 * on), through FFmpeg decoding and ONNX Runtime on the CPU, beside the ball-track rallies and the two combined,
 * measured against the renderer's rallies with floors the shipped model must keep.
 */
class ShippedGameStateModelTest {

    static final RallySettings TABLE_TENNIS = RallyPreset.TABLE_TENNIS.settings();

    @TempDir
    static Path cache;
    static LabelSet truth;
    static GameStateSeries series;
    static AnalysisResult ball;

    @BeforeAll
    static void analyse() throws Exception {
        ShippedBallModelTest.renderHeldOutClip();
        truth = TruthJson.readLabels(ShippedBallModelTest.truth());
        OpenedVideo opened = new VideoProbe(null, 2).open(ShippedBallModelTest.video, ProgressListener.NONE);
        Path gameState = BundledModels.resolve(BundledModels.DEFAULT_GAME_STATE, cache).orElseThrow();
        try (GameStateAnalyzer analyzer = GameStateAnalyzer.open(gameState, Device.CPU, 0)) {
            series = analyzer.run(opened, 2, ProgressListener.NONE);
        }
        Path onnx = BundledModels.resolve(BundledModels.DEFAULT_BALL, cache).orElseThrow();
        try (BallAnalyzer analyzer = Analyzers.forModel(onnx, Device.CPU, 0)) {
            ball = analyzer.run(opened, 2, ProgressListener.NONE);
        }
    }

    private static RallyMetrics report(String how, List<Rally> found) {
        RallyMetrics m = RallyMetrics.compare(truth.rallies(), found);
        System.out.printf("rallies on held-out seed %d, %s: precision %.1f %%, recall %.1f %%, F1 %.3f, start / end "
                        + "error %.1f / %.1f frames%n", ShippedBallModelTest.SEED, how, 100 * m.precision(),
                100 * m.recall(), m.f1(), m.meanStartError(), m.meanEndError());
        return m;
    }

    @Test
    void theBuildShipsTheGameStateModel() {
        assertThat(BundledModels.names()).contains(BundledModels.DEFAULT_GAME_STATE);
    }

    @Test
    void theGameStateModelAloneAndWithTheBallTrackFindTheRallies() {
        int width = ball.facts().width();
        int height = ball.facts().height();
        RallyMetrics alone = report("game-state model alone", RallyPostProcessor.rallies(series, TABLE_TENNIS));
        RallyMetrics track = report("ball track alone", TrajectoryRallies.rallies(ball.track().ballTrack(), 30, width,
                height, TABLE_TENNIS));
        RallyMetrics both = report("game-state model + ball track", RallyFinder.find(ball.track().ballTrack(), 30,
                width, height, series, TABLE_TENNIS).rallies());

        assertThat(series.windowCount()).isEqualTo(GameStateSeries.windowStarts(1800, 30).length);
        assertThat(alone.f1()).as("game-state F1").isGreaterThanOrEqualTo(FLOOR_GAME_STATE_F1);
        assertThat(track.f1()).as("ball-track F1").isGreaterThanOrEqualTo(0.85);
        assertThat(both.f1()).as("combined F1").isGreaterThanOrEqualTo(FLOOR_COMBINED_F1);
        assertThat(both.meanStartError() / 30).as("combined start error (s)").isLessThanOrEqualTo(0.5);
        assertThat(both.meanEndError() / 30).as("combined end error (s)").isLessThanOrEqualTo(0.5);
    }

    // Floors the shipped models must keep on this clip: they measured F1 1.000 for the game-state model alone (edges
    // 0.53 / 0.43 s) and with the ball track (0.15 / 0.08 s), 0.909 for the ball track alone (it misses the last
    // rally, a 1.1-s serve fault). The target is F1 0.95 with edges within 0.5 s.
    static final double FLOOR_GAME_STATE_F1 = 0.9;
    static final double FLOOR_COMBINED_F1 = 0.9;
}
