package com.courtside.export.cut;

import com.courtside.inference.video.OpenedVideo;
import com.courtside.timeline.Rally;
import com.courtside.timeline.camera.CameraPath;
import com.courtside.timeline.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An overlay is burnt into re-encoded cuts and follow-cam renders where, and when, the source frame has it. */
class CutOverlayTest {

    /** An amber disc, the colour of the overlay's ball ring. */
    private static final Color AMBER = new Color(255, 176, 32);
    /** The test match's grey below the frame-number blocks, as RGB. */
    private static final int GREY = 51;

    @TempDir
    Path dir;

    private final OpenedVideo video = TestMatch.video();

    /** Draws a disc at a source position of each frame it is asked to, placed as the cutter says. */
    private static final class Disc implements FrameOverlay {
        final double radius;
        final IntPredicate drawsOn;
        final List<FramePlacement> placements = new ArrayList<>();
        final List<Integer> frames = new ArrayList<>();

        Disc(double radius, IntPredicate drawsOn) {
            this.radius = radius;
            this.drawsOn = drawsOn;
        }

        static double sourceX(int frame) {
            return 100 + 4 * (frame % 100);
        }

        static double sourceY(int frame) {
            return 200;
        }

        @Override
        public Rectangle paint(int sourceFrame, BufferedImage layer, FramePlacement placement) {
            frames.add(sourceFrame);
            placements.add(placement);
            if (!drawsOn.test(sourceFrame)) {
                return new Rectangle();
            }
            double x = placement.pictureX(sourceX(sourceFrame));
            double y = placement.pictureY(sourceY(sourceFrame));
            double r = radius * placement.scaleX();
            Graphics2D g = layer.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(AMBER);
            g.fill(new java.awt.geom.Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            g.dispose();
            return new Rectangle((int) Math.floor(x - r - 1), (int) Math.floor(y - r - 1), (int) Math.ceil(2 * r + 3),
                    (int) Math.ceil(2 * r + 3));
        }
    }

    private static boolean amberAt(ColourFrames.Picture p, double x, double y) {
        return p.near((int) Math.round(x), (int) Math.round(y), AMBER.getRed(), AMBER.getGreen(), AMBER.getBlue(), 40);
    }

    private static boolean greyAt(ColourFrames.Picture p, double x, double y) {
        return p.near((int) Math.round(x), (int) Math.round(y), GREY, GREY, GREY, 20);
    }

    @Test
    void reencodedCutShowsEachFramesOverlayAtItsSourcePlace() throws Exception {
        Disc disc = new Disc(9, frame -> frame % 2 == 0);
        CutOptions options = CutOptions.defaults().withMode(CutMode.REENCODE).withPadding(0).withOverlay(disc);
        RallyCutter.cut(video, List.of(new Rally(40, 60)), dir.resolve("cut.mp4"), options, ProgressListener.NONE);

        List<ColourFrames.Picture> out = ColourFrames.read(dir.resolve("cut.mp4"));
        assertThat(out).hasSize(21);
        assertThat(disc.frames).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(40, 60).boxed()
                .toList());
        assertThat(disc.placements).allMatch(p -> p.equals(FramePlacement.identity(TestMatch.WIDTH,
                TestMatch.HEIGHT)));
        for (ColourFrames.Picture p : out) {
            int n = p.number();
            double x = Disc.sourceX(n);
            double y = Disc.sourceY(n);
            if (n % 2 == 0) {
                assertThat(amberAt(p, x, y)).as("disc of frame %d at its place", n).isTrue();
            } else {
                assertThat(greyAt(p, x, y)).as("frame %d draws nothing, and keeps no earlier disc", n).isTrue();
            }
            assertThat(greyAt(p, Disc.sourceX(n + 3), y)).as("no disc of another frame in frame %d", n).isTrue();
        }
    }

    @Test
    void withoutAnOverlayTheSamePlacesStayGrey() throws Exception {
        CutOptions options = CutOptions.defaults().withMode(CutMode.REENCODE).withPadding(0);
        RallyCutter.cut(video, List.of(new Rally(40, 50)), dir.resolve("plain.mp4"), options, ProgressListener.NONE);

        for (ColourFrames.Picture p : ColourFrames.read(dir.resolve("plain.mp4"))) {
            int n = p.number();
            assertThat(greyAt(p, Disc.sourceX(n), Disc.sourceY(n))).as("frame %d", n).isTrue();
        }
    }

    @Test
    void followCamDrawsTheOverlayWhereTheMovingCropShowsTheSourcePlace() throws Exception {
        // The crop (320×180, scaled 4× to 1280×720) pans right by 2 source pixels a frame from x = 40 at frame 30.
        CameraPath path = new CameraPath(TestMatch.FRAMES, TestMatch.WIDTH, TestMatch.HEIGHT);
        for (int f = 0; f < TestMatch.FRAMES; f++) {
            path.set(f, 200 + 2 * Math.max(0, f - 30), 90, 320, 180);
        }
        List<FramePlacement> placements = new ArrayList<>();
        FrameOverlay atFixedPlace = (frame, layer, placement) -> {
            placements.add(placement);
            return paintFixed(layer, placement);
        };
        FollowCamRenderer.render(video, path, List.of(new Rally(30, 59)), OutputSize.HD, Quality.MEDIUM,
                atFixedPlace, dir.resolve("follow.mp4"), ProgressListener.NONE);

        List<ColourFrames.Picture> out = ColourFrames.read(dir.resolve("follow.mp4"));
        assertThat(out).hasSize(30);
        for (int k = 0; k < out.size(); k++) {
            int cropX = 40 + 2 * k;
            assertThat(placements.get(k)).isEqualTo(new FramePlacement(TestMatch.WIDTH, TestMatch.HEIGHT, 4, 4,
                    -4.0 * cropX, 0));
            double x = (FIXED_X - cropX) * 4;
            double y = FIXED_Y * 4;
            assertThat(amberAt(out.get(k), x, y)).as("disc at output (%.0f, %.0f) in frame %d", x, y, k).isTrue();
            assertThat(greyAt(out.get(k), x - 40, y)).as("only there").isTrue();
        }
    }

    private static final double FIXED_X = 330;
    private static final double FIXED_Y = 150;

    private static Rectangle paintFixed(BufferedImage layer, FramePlacement placement) {
        double x = placement.pictureX(FIXED_X);
        double y = placement.pictureY(FIXED_Y);
        double r = 16;
        Graphics2D g = layer.createGraphics();
        g.setColor(AMBER);
        g.fill(new java.awt.geom.Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        g.dispose();
        return new Rectangle((int) (x - r) - 1, (int) (y - r) - 1, (int) (2 * r) + 3, (int) (2 * r) + 3);
    }

    @Test
    void streamCopyWithAnOverlayIsRefused() {
        Disc disc = new Disc(9, frame -> true);
        assertThatThrownBy(() -> CutOptions.defaults().withOverlay(disc))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(CutOptions.OVERLAY_NEEDS_REENCODE)
                .hasMessageContaining("re-encode");
        assertThatThrownBy(() -> CutOptions.defaults().withMode(CutMode.REENCODE).withOverlay(disc)
                .withMode(CutMode.COPY)).hasMessage(CutOptions.OVERLAY_NEEDS_REENCODE);
        assertThat(Files.exists(dir.resolve("cut.mp4"))).isFalse();
    }
}
