package com.courtside.inference.synth.basketball;

import com.courtside.timeline.io.BasketballTruth;
import com.courtside.timeline.io.BasketballTruthJson;
import com.courtside.timeline.task.CancelledException;
import com.courtside.timeline.task.ProgressListener;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Renders real files: a set of three small scenes shared by most tests. */
class BasketballRendererTest {

    private static final BasketballOptions SCENE = BasketballOptions.scene().withSize(320, 180).withDuration(3.5).withSeed(12);

    @TempDir
    static Path dir;

    private static List<BasketballResult> scenes;
    private static final AtomicLong lastProgress = new AtomicLong();

    @BeforeAll
    static void renderScenes() throws Exception {
        scenes = new BasketballRenderer(2).renderScenes(SCENE, 3, dir.resolve("set.mp4"),
                (done, total, message) -> lastProgress.set(done));
    }

    @Test
    void writesNumberedScenesEachWithItsTruthAndNoTemporaryFiles() throws Exception {
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "set-000.mp4", "set-000.basketball.json", "set-001.mp4", "set-001.basketball.json",
                    "set-002.mp4", "set-002.basketball.json");
        }
        assertThat(lastProgress.get()).isEqualTo(3L * SCENE.frameCount());
    }

    @Test
    void eachSceneHoldsExactlyOneShotAndDecodesWithItsFrameCount() throws Exception {
        for (BasketballResult r : scenes) {
            BasketballTruth read = BasketballTruthJson.read(r.truthFile());
            assertThat(read.shots()).hasSize(1);
            assertThat(read.shots().get(0).shot().shooter().offenceIndex()).isBetween(0, 4);
            assertThat(read.frameCount()).isEqualTo(SCENE.frameCount());
            assertThat(read.options()).containsEntry("mode", "scene").containsKey("scene");
            try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(r.video().toFile())) {
                grabber.start();
                int frames = 0;
                while (grabber.grabImage() != null) {
                    frames++;
                }
                assertThat(frames).isEqualTo(SCENE.frameCount());
                assertThat(grabber.getImageWidth()).isEqualTo(320);
            }
        }
        assertThat(scenes).extracting(r -> r.truth().seed()).doesNotHaveDuplicates();
    }

    @Test
    void sameSeedGivesIdenticalVideoAndTruthBytes(@TempDir Path other) throws Exception {
        BasketballResult again = new BasketballRenderer(1).renderScenes(SCENE, 1, other.resolve("set.mp4"),
                ProgressListener.NONE).get(0);
        assertThat(Files.readAllBytes(again.video())).isEqualTo(Files.readAllBytes(scenes.get(0).video()));
        assertThat(Files.readAllBytes(again.truthFile())).isEqualTo(Files.readAllBytes(scenes.get(0).truthFile()));
    }

    @Test
    void cancellingStopsEverySceneAndLeavesNoFiles(@TempDir Path other) {
        ProgressListener cancelSoon = new ProgressListener() {
            private final AtomicLong done = new AtomicLong();

            @Override
            public void progress(long d, long total, String message) {
                done.set(d);
            }

            @Override
            public boolean isCancelled() {
                return done.get() >= 20;
            }
        };
        assertThatThrownBy(() -> new BasketballRenderer(2).renderScenes(SCENE, 4, other.resolve("c.mp4"), cancelSoon))
                .isInstanceOf(CancelledException.class);
        assertThat(other.toFile().list()).isEmpty();
    }

    @Test
    void aMatchClipWritesItsTruthBesideTheVideo(@TempDir Path other) throws Exception {
        BasketballOptions match = BasketballOptions.match().withSize(320, 180).withDuration(2);
        BasketballResult r = new BasketballRenderer().render(match, other.resolve("m.mp4"), ProgressListener.NONE);
        assertThat(r.truthFile()).isEqualTo(other.resolve("m.basketball.json").toAbsolutePath());
        BasketballTruth read = BasketballTruthJson.read(r.truthFile());
        assertThat(read.people().size()).isEqualTo(r.truth().people().size());
        assertThat(read.options()).containsEntry("mode", "match").containsEntry("videoCodec", r.videoCodec());
    }
}
