package com.courtside.labeling.store;

import com.courtside.timeline.Rally;
import com.courtside.timeline.rally.GameState;
import com.courtside.timeline.rally.GameStateSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GameStateStoreTest {

    @TempDir
    Path dir;

    @Test
    void aRallyRunKeepsItsGameStateWindowsAndTheNewestCompleteRunIsRead() throws Exception {
        Path file = dir.resolve("match.courtside");
        GameStateSeries series = new GameStateSeries(30, 300, 48, new int[] {0, 48, 96},
                new float[] {0.8f, 0.1f, 0.2f}, new float[] {0.1f, 0.7f, 0.7f}, new float[] {0.1f, 0.2f, 0.1f});
        try (Project p = Project.open(file)) {
            long video = new Videos(p).register(Fixtures.video(dir, "match.mp4", 3, 300)).id();
            Labels labels = new Labels(p);
            assertThat(labels.gameState(video, 30, 300)).isEmpty();
            ModelRuns runs = new ModelRuns(p);
            long run = runs.start(video, ModelRuns.RALLY_TASK, "game-state-tt", "cd34", "{}", "CPU");
            runs.writeRallies(run, List.of(new Rally(40, 150)));
            runs.writeGameState(run, series);
            assertThat(labels.gameState(video, 30, 300)).as("not shown before the run is complete").isEmpty();
            runs.finish(run, "complete");
        }
        try (Project p = Project.open(file)) {
            long video = new Videos(p).register(Fixtures.video(dir, "match.mp4", 3, 300)).id();
            GameStateSeries read = new Labels(p).gameState(video, 30, 300).orElseThrow();
            assertThat(read.windowCount()).isEqualTo(3);
            assertThat(read.windowStart(2)).isEqualTo(96);
            assertThat(read.probability(1, GameState.PLAY)).isCloseTo(0.7f, within(1e-6f));
            assertThat(read.probability(0, GameState.NO_PLAY)).isCloseTo(0.8f, within(1e-6f));
            assertThat(new Labels(p).rallies(video)).extracting(Labels.LabeledRally::startFrame).containsExactly(40);
        }
    }

    @Test
    void aPersonsRallyHidesTheModelRalliesItOverlaps() throws Exception {
        try (Project p = Project.open(dir.resolve("match.courtside"))) {
            long video = new Videos(p).register(Fixtures.video(dir, "match.mp4", 3, 300)).id();
            ModelRuns runs = new ModelRuns(p);
            long run = runs.start(video, ModelRuns.RALLY_TASK, "game-state-tt", "cd34", "{}", "CPU");
            runs.writeRallies(run, List.of(new Rally(10, 60), new Rally(100, 150), new Rally(200, 250)));
            runs.finish(run, "complete");
            new com.courtside.labeling.edit.LabelEditor(p, video, "ann").setRallyStart(95).join();

            List<Labels.LabeledRally> rallies = new Labels(p).rallies(video);

            assertThat(rallies).extracting(r -> r.startFrame() + "-" + r.endFrame() + " " + r.source())
                    .containsExactly("10-60 MODEL", "95-150 HUMAN", "200-250 MODEL");
        }
    }
}
