package com.courtside.inference.synth;

import com.courtside.timeline.LabelSet;
import com.courtside.timeline.io.OpenTtGamesJson;
import com.courtside.timeline.io.TruthJson;
import com.courtside.timeline.task.CancelledException;
import com.courtside.timeline.task.ProgressListener;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

import static com.courtside.inference.synth.TableGeometry.HALF_LENGTH;
import static com.courtside.inference.synth.TableGeometry.HALF_WIDTH;
import static com.courtside.inference.synth.TableGeometry.HEIGHT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Renders real files: one 3 s 720p clip shared by most tests, and two tiny ones. */
class DemoMatchRendererTest {

    private static final RenderOptions CLIP = RenderOptions.defaults().withDuration(3).withSeed(5);

    @TempDir
    static Path dir;

    private static RenderResult result;
    private static long progressCalls;

    @BeforeAll
    static void renderClip() throws Exception {
        AtomicLong calls = new AtomicLong();
        result = new DemoMatchRenderer().render(CLIP, dir.resolve("clip.mp4"), (done, total, message) -> calls.incrementAndGet());
        progressCalls = calls.get();
    }

    @Test
    void clipDecodesAsH264WithTheExpectedFrameCount() throws Exception {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(result.video().toFile())) {
            grabber.start();
            int frames = 0;
            while (grabber.grabImage() != null) {
                frames++;
            }
            assertThat(grabber.getVideoCodecName()).isEqualTo(result.videoCodec().equals("libopenh264") ? "h264" : "mpeg4");
            assertThat(grabber.getImageWidth()).isEqualTo(1280);
            assertThat(frames).isEqualTo(CLIP.frameCount()).isEqualTo(result.truth().frameCount());
        }
        assertThat(result.videoCodec()).isEqualTo("libopenh264");
    }

    @Test
    void ballPixelAtTheTruthPositionIsBrighterThanTheTableAroundIt() throws Exception {
        LabelSet truth = result.truth();
        Path2D.Double table = tableInImage(new RenderSession(CLIP).camera());
        int checked = 0;
        int brighter = 0;
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(result.video().toFile());
             Java2DFrameConverter converter = new Java2DFrameConverter()) {
            grabber.start();
            Frame frame;
            for (int f = 0; (frame = grabber.grabImage()) != null; f++) {
                double x = truth.ball().x(f);
                double y = truth.ball().y(f);
                if (!truth.ball().isVisible(f) || !table.contains(x, y) || !insideBy(table, x, y, 14)) {
                    continue;
                }
                BufferedImage image = converter.convert(frame);
                checked++;
                if (peakLuma(image, x, y, 1) > ringMedianLuma(image, x, y, 9, 13) + 25) {
                    brighter++;
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(5);
        assertThat(brighter).isGreaterThanOrEqualTo(checked * 9 / 10);
    }

    @Test
    void writesTruthAndOpenTtGamesBesideTheVideoAndNoTemporaryFiles() throws Exception {
        assertThat(result.truthFile()).isEqualTo(dir.resolve("clip.truth.json").toAbsolutePath());
        LabelSet read = TruthJson.readLabels(result.truthFile());
        assertThat(read.frameCount()).isEqualTo(CLIP.frameCount());
        assertThat(read.rallies()).isEqualTo(result.truth().rallies());
        assertThat(TruthJson.read(result.truthFile()).render().seed()).isEqualTo(5L);

        LabelSet ott = OpenTtGamesJson.read(dir.resolve("clip_openttgames"), CLIP.frameCount(), 1280, 720, read.fps());
        assertThat(ott.ball().visibleCount()).isEqualTo(read.ball().visibleCount());
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("clip.mp4", "clip.truth.json", "clip_openttgames");
        }
    }

    @Test
    void reportsProgressWhileRendering() {
        assertThat(progressCalls).isGreaterThanOrEqualTo(CLIP.frameCount() / 10);
    }

    @Test
    void sameSeedGivesIdenticalVideoBytes(@TempDir Path other) throws Exception {
        RenderOptions tiny = RenderOptions.defaults().withSize(320, 180).withDuration(1.5).withSeed(9).withOpenTtGames(false);
        RenderResult a = new DemoMatchRenderer().render(tiny, other.resolve("a.mp4"), ProgressListener.NONE);
        RenderResult b = new DemoMatchRenderer().render(tiny, other.resolve("b.mp4"), ProgressListener.NONE);

        assertThat(Files.readAllBytes(a.video())).isEqualTo(Files.readAllBytes(b.video()));
        assertThat(Files.readAllBytes(a.truthFile())).isEqualTo(Files.readAllBytes(b.truthFile()));
        assertThat(a.openTtGames()).isEmpty();
    }

    @Test
    void cancellingStopsTheRenderAndLeavesNoFiles(@TempDir Path other) {
        RenderOptions tiny = RenderOptions.defaults().withSize(320, 180).withDuration(5);
        ProgressListener cancelSoon = new ProgressListener() {
            private long done;

            @Override
            public void progress(long d, long total, String message) {
                done = d;
            }

            @Override
            public boolean isCancelled() {
                return done >= 20;
            }
        };

        assertThatThrownBy(() -> new DemoMatchRenderer().render(tiny, other.resolve("c.mp4"), cancelSoon))
                .isInstanceOf(CancelledException.class);
        assertThat(other.toFile().list()).isEmpty();
    }

    private static Path2D.Double tableInImage(Camera camera) {
        Path2D.Double table = new Path2D.Double();
        double[][] corners = {{-HALF_WIDTH, -HALF_LENGTH}, {HALF_WIDTH, -HALF_LENGTH}, {HALF_WIDTH, HALF_LENGTH}, {-HALF_WIDTH, HALF_LENGTH}};
        for (int i = 0; i < 4; i++) {
            Point2D.Double p = camera.project(new Vec3(corners[i][0], corners[i][1], HEIGHT));
            if (i == 0) {
                table.moveTo(p.x, p.y);
            } else {
                table.lineTo(p.x, p.y);
            }
        }
        table.closePath();
        return table;
    }

    private static boolean insideBy(Path2D.Double shape, double x, double y, double margin) {
        return shape.contains(x - margin, y) && shape.contains(x + margin, y)
                && shape.contains(x, y - margin) && shape.contains(x, y + margin);
    }

    private static int luma(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y);
        return (299 * (rgb >> 16 & 255) + 587 * (rgb >> 8 & 255) + 114 * (rgb & 255)) / 1000;
    }

    private static int peakLuma(BufferedImage image, double cx, double cy, int r) {
        int best = 0;
        for (int y = (int) cy - r; y <= (int) cy + r; y++) {
            for (int x = (int) cx - r; x <= (int) cx + r; x++) {
                best = Math.max(best, luma(image, x, y));
            }
        }
        return best;
    }

    private static int ringMedianLuma(BufferedImage image, double cx, double cy, int inner, int outer) {
        int[] values = new int[4 * outer * outer + 4 * outer + 1];
        int n = 0;
        for (int dy = -outer; dy <= outer; dy++) {
            for (int dx = -outer; dx <= outer; dx++) {
                double d = Math.hypot(dx, dy);
                if (d >= inner && d <= outer) {
                    values[n++] = luma(image, (int) cx + dx, (int) cy + dy);
                }
            }
        }
        int[] ring = Arrays.copyOf(values, n);
        Arrays.sort(ring);
        return ring[n / 2];
    }
}
