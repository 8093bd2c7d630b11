package com.courtside.app.cli;

import com.courtside.app.cli.CliRun.Result;
import com.courtside.inference.synth.DemoMatchRenderer;
import com.courtside.inference.synth.RenderOptions;
import com.courtside.inference.synth.RenderResult;
import com.courtside.inference.video.CacheDirectory;
import com.courtside.inference.video.VideoProbe;
import com.courtside.labeling.store.ModelRuns;
import com.courtside.labeling.store.Project;
import com.courtside.labeling.store.Videos;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.FileSignature;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.Rally;
import com.courtside.timeline.VideoFacts;
import com.courtside.timeline.task.ProgressListener;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code courtside evaluate} in-process on a small rendered clip (with its truth and OpenTTGames files) and on
 * projects made here: real SQLite files, the real decoder, the real importers.
 */
class EvaluateCommandTest {

    @TempDir
    static Path dir;
    static RenderResult clip;
    static VideoFacts facts;
    private static String previousCache;

    @TempDir
    Path work;

    @BeforeAll
    static void renderClip() throws Exception {
        previousCache = CliRun.useCache(dir.resolve("cache"));
        RenderOptions options = RenderOptions.defaults().withSize(480, 270).withDuration(8).withSeed(11);
        clip = new DemoMatchRenderer().render(options, dir.resolve("clip.mp4"), ProgressListener.NONE);
        facts = new VideoProbe(CacheDirectory.defaultLocation(), 0).open(clip.video(), ProgressListener.NONE).facts();
    }

    @AfterAll
    static void restoreCache() {
        CliRun.restoreCache(previousCache);
    }

    private static Result courtside(String... args) {
        return CliRun.courtside(args);
    }

    private Result evaluate(String... args) {
        String[] all = Stream.concat(Stream.of("evaluate", clip.video().toString()), Stream.of(args))
                .toArray(String[]::new);
        return courtside(all);
    }

    /** A project with the clip in it and, when given, a complete model run holding these rallies and events. */
    private Path project(String name, List<Rally> modelRallies, List<MatchEvent> modelEvents) throws Exception {
        Path file = work.resolve(name + ".courtside");
        try (Project p = Project.open(file)) {
            long video = new Videos(p).register(facts).id();
            if (modelRallies != null) {
                ModelRuns runs = new ModelRuns(p);
                long run = runs.start(video, ModelRuns.BALL_TASK, "test-model", null, "test", "CPU");
                runs.writeBall(run, new int[] {10, 11}, new float[] {100, 104}, new float[] {50, 52},
                        new byte[] {1, 1}, new float[] {0.9f, 0.8f}, new boolean[] {false, false});
                runs.writeEvents(run, modelEvents);
                runs.writeRallies(run, modelRallies);
                runs.finish(run, "complete");
            }
        }
        return file;
    }

    /** Imports rallies (frames) into the project's human layer, as a user would with {@code courtside import}. */
    private void importHumanRallies(Path project, int[][] rallies) throws Exception {
        StringBuilder json = new StringBuilder("{\"rallies\": [");
        for (int i = 0; i < rallies.length; i++) {
            json.append(i > 0 ? ", " : "").append("{\"start_frame\": ").append(rallies[i][0])
                    .append(", \"end_frame\": ").append(rallies[i][1]).append('}');
        }
        Path file = Files.writeString(work.resolve("human-rallies.json"), json.append("]}").toString());
        Result r = courtside("import", clip.video().toString(), file.toString(), "--project", project.toString(),
                "--author", "tester");
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void anOpenTtGamesFolderAgainstTheTruthMatchesItsBallAndBounces() {
        Result r = evaluate("--labels", clip.openTtGamesFolder().toString(), "--against", clip.truthFile().toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("ball_markup.json against clip.truth.json (240 frames")
                .contains("ball detection   100.0 %").contains("bounces          100.0 % found")
                .contains("rallies          F1 0.000").contains("0 found, 0 matched");
    }

    @Test
    void modelAgainstHumanGivesRallyScoresAndEdgeErrorsInFramesAndSeconds() throws Exception {
        Path project = project("p", List.of(new Rally(30, 120), new Rally(150, 200)), List.of());
        importHumanRallies(project, new int[][] {{27, 120}, {150, 206}});

        Result r = evaluate("--labels", "model", "--against", "human", "--project", project.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("model against human")
                .contains("F1 1.000, precision 100.0 %, recall 100.0 % at IoU ≥ 0.50 (2 true, 2 found, 2 matched)")
                .contains("start off by 1.5 frames (0.05 s), end by 3.0 frames (0.10 s)")
                .contains("ball             not compared");
    }

    @Test
    void csvHoldsARowPerRallyAndASummaryFileBesideIt() throws Exception {
        Path project = project("p", List.of(new Rally(30, 120), new Rally(150, 200)),
                List.of(new MatchEvent(40, EventKind.BOUNCE)));
        importHumanRallies(project, new int[][] {{27, 120}, {210, 230}});
        Path csv = work.resolve("out").resolve("rallies.csv");
        Files.createDirectories(csv.getParent());

        Result r = evaluate("--labels", "model", "--against", "human", "--project", project.toString(),
                "--csv", csv.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readAllLines(csv)).containsExactly("truth_start,truth_end,predicted_start,predicted_end,iou",
                "27,120,30,120,0.9681", ",,150,200,", "210,230,,,");
        assertThat(Files.readAllLines(work.resolve("out").resolve("rallies-summary.csv")))
                .startsWith("metric,value", "labels,model", "against,human", "fps,30", "rally_min_iou,0.5",
                        "rally_truth,2", "rally_predicted,2", "rally_matched,1", "rally_precision,0.5",
                        "rally_recall,0.5", "rally_f1,0.5", "rally_mean_start_error_frames,3",
                        "rally_mean_end_error_frames,0", "rally_mean_start_error_seconds,0.1",
                        "rally_mean_end_error_seconds,0")
                .contains("event_bounce_truth,0", "event_bounce_found,1", "event_bounce_pce,");
        try (Stream<Path> files = Files.list(csv.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("rallies.csv", "rallies-summary.csv");
        }
    }

    @Test
    void aTrajectoryFileFromAnalyzeIsASourceWithItsRallies() throws Exception {
        Path json = work.resolve("clip.trajectory.json");
        Result analysed = courtside("analyze", clip.video().toString(), "--model", "classical", "--json", json.toString());
        assertThat(analysed.code()).as(analysed.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.get("status").asText()).isEqualTo("success");
        assertThat(root.get("total_frames").asInt()).isEqualTo(240);
        assertThat(root.has("trajectory")).isTrue();
        JsonNode rallies = root.get("rallies");
        assertThat(rallies.isArray()).isTrue();
        assertThat(analysed.out()).contains(", " + rallies.size() + " rallies (game-state model + ball track)");
        assertThat(root.get("rallySource").asText()).as("the bundled game-state model runs by default")
                .isEqualTo("game-state model + ball track");
        for (JsonNode rally : rallies) {
            assertThat(rally.get("start").asInt()).isBetween(0, rally.get("end").asInt());
            assertThat(rally.get("end").asInt()).isLessThan(240);
        }

        Result r = evaluate("--labels", json.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("clip.trajectory.json against clip.truth.json")
                .contains(rallies.size() + " found");
    }

    @Test
    void aMissingProjectIsRefusedWithWhatToDo() {
        Result r = evaluate("--labels", "model", "--project", work.resolve("none.courtside").toString());

        assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).contains("There is no project of clip.mp4").contains("courtside import")
                .contains("--project").doesNotContain("\tat ");
    }

    @Test
    void anEmptyHumanLayerIsRefused() throws Exception {
        Path project = project("model-only", List.of(new Rally(30, 120)), List.of());

        Result r = evaluate("--labels", "human", "--against", "model", "--project", project.toString());

        assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).contains("No one has labelled clip.mp4").contains("courtside import");
    }

    @Test
    void aProjectWithoutAnAnalysisHasNoModelSource() throws Exception {
        Path project = project("human-only", null, null);
        importHumanRallies(project, new int[][] {{27, 120}});

        Result r = evaluate("--labels", "model", "--against", "human", "--project", project.toString());

        assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).contains("holds no complete analysis of clip.mp4").contains("analyse it");
    }

    @Test
    void aProjectOfAnotherVideoIsRefused() throws Exception {
        Path file = work.resolve("other.courtside");
        Path otherVideo = Files.write(work.resolve("other.mp4"), new byte[] {1, 2, 3, 4});
        try (Project p = Project.open(file)) {
            new Videos(p).register(new VideoFacts(otherVideo, "mp4", "h264", 64, 64, 10, 10, facts.fps(),
                    facts.timeBase(), 0, 1_000_000L, true, FileSignature.of(otherVideo)));
        }

        Result r = evaluate("--labels", "effective", "--project", file.toString());

        assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).contains("has no labels of clip.mp4");
    }

    @Test
    void anUnreadableOrAbsentFileIsAnInputError() throws Exception {
        Path garbage = Files.writeString(work.resolve("labels.csv"), "this,is\nnot,labels\n");

        Result unreadable = evaluate("--labels", garbage.toString());
        Result absent = evaluate("--labels", work.resolve("gone.json").toString());

        assertThat(unreadable.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(unreadable.err()).contains("labels.csv");
        assertThat(absent.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(absent.err()).contains("No label source").contains("model, human, effective");
    }

    @Test
    void badCombinationsAreConfigurationErrors() {
        Result againstAlone = evaluate("--against", "human");
        Result unknownSport = evaluate("--sport", "curling", "--model", "classical");
        Result both = evaluate("--sport", "tennis", "--rally-settings", "x.yaml", "--model", "classical");

        assertThat(againstAlone.code()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(againstAlone.err()).contains("--against needs --labels");
        assertThat(unknownSport.code()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(unknownSport.err()).contains("Unknown sport 'curling'").contains("table-tennis");
        assertThat(both.code()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(both.err()).contains("not both");
    }
}
