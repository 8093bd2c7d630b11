package com.courtside.labeling.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class VideosTest {

    @TempDir
    Path dir;

    @Test
    void aMovedVideoIsFoundAgainBySignatureWithItsOldPathNamed() throws Exception {
        try (Project p = Project.open(dir.resolve("p.courtside"))) {
            Videos videos = new Videos(p);
            VideoRecord first = videos.register(Fixtures.video(dir, "match.mp4", 5, 100));
            Path moved = Files.createDirectories(dir.resolve("archive")).resolve("match.mp4");
            Files.move(dir.resolve("match.mp4"), moved);

            VideoRecord again = videos.register(Fixtures.facts(moved, 100));

            assertThat(again.id()).isEqualTo(first.id());
            assertThat(again.movedFrom()).isEqualTo(dir.resolve("match.mp4").toAbsolutePath());
            assertThat(again.lastPath()).isEqualTo(moved.toAbsolutePath());
            assertThat(videos.all()).hasSize(1);
        }
    }

    @Test
    void aVideoChangedInPlaceIsANewVideoAndTheOldEntryIsFlagged() throws Exception {
        try (Project p = Project.open(dir.resolve("p.courtside"))) {
            Videos videos = new Videos(p);
            VideoRecord first = videos.register(Fixtures.video(dir, "match.mp4", 5, 100));

            VideoRecord changed = videos.register(Fixtures.video(dir, "match.mp4", 6, 100));

            assertThat(changed.id()).isNotEqualTo(first.id());
            assertThat(videos.changedAt(dir.resolve("match.mp4"))).isTrue();
            assertThat(videos.all()).hasSize(2);
        }
    }
}
