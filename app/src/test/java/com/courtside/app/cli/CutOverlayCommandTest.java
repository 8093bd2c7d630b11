package com.courtside.app.cli;

import com.courtside.app.cli.CliRun.Result;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code courtside cut --overlay} in-process on a rendered clip whose ball and one rally (frames 30–59) were imported
 * into its project: the reel shows the overlay's ball ring where the labels put the ball.
 */
class CutOverlayCommandTest {

    private static final int FIRST = 30;
    private static final int LAST = 59;

    @TempDir
    static Path dir;
    private static Path clip;
    private static JsonNode ball;

    private static Result run(String... args) {
        return CliRun.courtside(args);
    }

    @BeforeAll
    static void labelledClip() throws Exception {
        clip = dir.resolve("rally.mp4");
        Result render = run("render-demo", "-o", clip.toString(), "--duration", "3", "--seed", "5");
        assertThat(render.code()).as(render.err()).isZero();
        Path markup = dir.resolve("rally_openttgames/ball_markup.json");
        Result imported = run("import", clip.toString(), markup.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        Path rallies = Files.writeString(dir.resolve("rallies.json"), "{\"rallies\": [{\"start_frame\": " + FIRST
                + ", \"end_frame\": " + LAST + "}]}");
        Result rally = run("import", clip.toString(), rallies.toString());
        assertThat(rally.code()).as(rally.err()).isZero();
        ball = new ObjectMapper().readTree(markup.toFile());
    }

    @Test
    void overlayWithStreamCopyIsRefused() {
        Path out = dir.resolve("copy.mp4");
        Result r = run("cut", clip.toString(), "--overlay", "--mode", "copy", "-o", out.toString());

        assertThat(r.code()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(r.err()).contains("--overlay needs --mode reencode");
        assertThat(out).doesNotExist();
    }

    @Test
    void aStreamCopyReportsEachSegmentAsJson() throws Exception {
        Path out = dir.resolve("reel.mp4");
        Result r = run("cut", clip.toString(), "--padding", "0", "--json", "-o", out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        var segment = new ObjectMapper().readTree(r.out()).get(0).get("segments").get(0);
        assertThat(segment.get("rally").asInt()).isEqualTo(1);
        assertThat(segment.get("requestedFirst").asInt()).isEqualTo(FIRST);
        assertThat(segment.get("requestedLast").asInt()).isEqualTo(LAST);
        assertThat(segment.get("actualFirst").asInt()).isEqualTo(FIRST - segment.get("snapFrames").asInt());
        assertThat(out).isNotEmptyFile();
    }

    @Test
    void helpSaysTheOverlayReencodes() {
        assertThat(run("cut", "--help").out()).contains("--overlay").contains("re-encodes");
    }

    @Test
    void overlayBurnsTheRingInWhereTheLabelsPutTheBall() throws Exception {
        Path burnt = dir.resolve("burnt.mp4");
        Result r = run("cut", clip.toString(), "--overlay", "--padding", "0", "-o", burnt.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("libopenh264");
        Path plain = dir.resolve("plain.mp4");
        assertThat(run("cut", clip.toString(), "--mode", "reencode", "--padding", "0", "-o", plain.toString())
                .code()).isZero();

        int[] withOverlay = ringsAtTheBall(burnt);
        int[] without = ringsAtTheBall(plain);
        System.out.printf("ring around the labelled ball: %d of %d frames with the overlay, %d of %d without%n",
                withOverlay[0], withOverlay[1], without[0], without[1]);
        assertThat(withOverlay[1]).as("frames with a labelled ball").isGreaterThan(10);
        assertThat(withOverlay[0]).as("of %d frames with a ball, those with the ring", withOverlay[1])
                .isGreaterThanOrEqualTo(withOverlay[1] * 9 / 10);
        assertThat(without[0]).as("the same places without the overlay").isLessThanOrEqualTo(without[1] / 10);
    }

    /** {frames whose labelled ball has the amber ring around it, frames with a labelled ball}. */
    private static int[] ringsAtTheBall(Path video) throws Exception {
        int found = 0;
        int labelled = 0;
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(video.toFile())) {
            g.setPixelFormat(avutil.AV_PIX_FMT_BGR24);
            g.start();
            Frame f;
            for (int source = FIRST; (f = g.grabImage()) != null; source++) {
                JsonNode at = ball.path(Integer.toString(source));
                double x = at.path("x").asDouble(-1);
                double y = at.path("y").asDouble(-1);
                if (x < 0 || y < 0) {
                    continue;
                }
                labelled++;
                found += amberAround(f, x, y) ? 1 : 0;
            }
        }
        return new int[] {found, labelled};
    }

    /** A pixel of the ring's amber (#ffb020) 8–12 px from (cx, cy): the ring is 10 px out at 720p. */
    private static boolean amberAround(Frame f, double cx, double cy) {
        ByteBuffer px = (ByteBuffer) f.image[0];
        for (int y = (int) cy - 12; y <= cy + 12; y++) {
            for (int x = (int) cx - 12; x <= cx + 12; x++) {
                double d = Math.hypot(x - cx, y - cy);
                if (d < 8 || d > 12 || x < 0 || y < 0 || x >= f.imageWidth || y >= f.imageHeight) {
                    continue;
                }
                int at = px.position() + y * f.imageStride + 3 * x;
                int b = px.get(at) & 0xff;
                int gr = px.get(at + 1) & 0xff;
                int r = px.get(at + 2) & 0xff;
                if (Math.abs(r - 0xff) <= 48 && Math.abs(gr - 0xb0) <= 48 && Math.abs(b - 0x20) <= 48) {
                    return true;
                }
            }
        }
        return false;
    }
}
