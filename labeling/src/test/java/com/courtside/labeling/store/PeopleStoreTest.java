package com.courtside.labeling.store;

import com.courtside.timeline.players.PersonBoxes;
import com.courtside.timeline.players.PlayerSlot;
import com.courtside.timeline.players.TrackedPeople;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PeopleStoreTest {

    @TempDir
    Path dir;

    @Test
    void aPeopleRunKeepsBoxesTracksAndTeamsAndTheNewestCompleteRunIsRead() throws Exception {
        Path file = dir.resolve("game.courtside");
        PersonBoxes boxes = new PersonBoxes.Builder()
                .add(0, 3, PlayerSlot.OTHER, 10, 20, 30, 80, 0.9f)
                .add(0, 11, PlayerSlot.OTHER, 200, 40, 32, 84, 0.8f)
                .add(1, 3, PlayerSlot.OTHER, 12, 21, 30, 80, 0.95f)
                .build();
        TrackedPeople found = new TrackedPeople(boxes, new byte[] {TrackedPeople.TEAM_B, TrackedPeople.NO_TEAM,
                TrackedPeople.TEAM_B});
        try (Project p = Project.open(file)) {
            long video = new Videos(p).register(Fixtures.video(dir, "game.mp4", 3, 300)).id();
            assertThat(new ShotLabels(p).people(video).isEmpty()).as("no run, no people").isTrue();
            ModelRuns runs = new ModelRuns(p);
            long failed = runs.start(video, ModelRuns.PEOPLE_TASK, "person-bb", "ab12", "person-boxes", "CPU");
            runs.writePeople(failed, new TrackedPeople(boxes.withSlots(new PlayerSlot[] {PlayerSlot.OTHER,
                    PlayerSlot.OTHER, PlayerSlot.OTHER}), new byte[3]));
            runs.finish(failed, "failed");
            long run = runs.start(video, ModelRuns.PEOPLE_TASK, "person-bb", "ab12", "person-boxes", "CPU");
            runs.writePeople(run, found);
            runs.finish(run, "complete");
        }
        try (Project p = Project.open(file)) {
            long video = new Videos(p).register(Fixtures.video(dir, "game.mp4", 3, 300)).id();
            TrackedPeople read = new ShotLabels(p).people(video);
            assertThat(read.boxes().size()).isEqualTo(3);
            assertThat(read.boxes().first(1)).isEqualTo(2);
            assertThat(read.boxes().track(1)).isEqualTo(11);
            assertThat(read.boxes().x(1)).isEqualTo(200f);
            assertThat(read.boxes().height(2)).isEqualTo(80f);
            assertThat(read.boxes().confidence(2)).isEqualTo(0.95f);
            assertThat(read.teams()).containsExactly(TrackedPeople.TEAM_B, TrackedPeople.NO_TEAM, TrackedPeople.TEAM_B);
        }
    }
}
