package com.courtside.app.bench;

import com.courtside.inference.synth.DemoMatchRenderer;
import com.courtside.inference.synth.Difficulty;
import com.courtside.inference.synth.RenderOptions;
import com.courtside.inference.synth.RenderResult;
import com.courtside.timeline.task.ProgressListener;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's clips: synthetic table-tennis matches rendered once by {@link DemoMatchRenderer} into the work
 * folder and reused by later runs (the file name holds the resolution, rate, length and GOP, so a different
 * request renders a different file). The renderer writes the file under a temporary name, so a clip that exists
 * is complete.
 */
final class BenchClips {

    /** Render seed: fixed, so every machine measures the same pictures. */
    static final long RENDER_SEED = 1;
    /** About 0.1 bit per pixel: roughly 6 Mbit/s at 1080p30, nearer camera footage than the demo's default. */
    static final double BITS_PER_PIXEL = 0.1;

    private BenchClips() {
    }

    static List<BenchClip> ensure(BenchOptions options, BenchContext ctx) throws IOException, InterruptedException {
        List<BenchClip> clips = new ArrayList<>();
        for (int height : options.resolutions()) {
            clips.add(ensure(BenchClip.of(options.work(), height, options.fps(), options.seconds(), options.gop()), ctx));
        }
        return clips;
    }

    /** The clip, rendered unless an earlier run left it in the work folder. */
    static BenchClip ensure(BenchClip clip, BenchContext ctx) throws IOException, InterruptedException {
        if (Files.isRegularFile(clip.file()) && Files.size(clip.file()) > 0) {
            ctx.say("reusing %s", clip.file());
        } else {
            render(clip, ctx);
        }
        return clip;
    }

    private static void render(BenchClip clip, BenchContext ctx) throws IOException, InterruptedException {
        int kbps = (int) Math.max(200, Math.round(clip.width() * (double) clip.height() * clip.fps()
                * BITS_PER_PIXEL / 1000));
        RenderOptions options = new RenderOptions(clip.width(), clip.height(), clip.fps(), clip.seconds(),
                RENDER_SEED, Difficulty.NORMAL, clip.gop(), kbps, false);
        ctx.say("rendering %s (%d×%d, %d frames, GOP %d, %d kbit/s); kept for later runs...",
                clip.file().getFileName(), clip.width(), clip.height(), clip.expectedFrames(), clip.gop(), kbps);
        ProgressListener progress = new ProgressListener() {
            private long lastTenth = -1;

            @Override
            public void progress(long done, long total, String message) {
                long tenth = total > 0 ? done * 10 / total : -1;
                if (tenth != lastTenth && tenth < 10) {
                    lastTenth = tenth;
                    ctx.say("  %s %d/%d frames", clip.label(), done, total);
                }
            }
        };
        RenderResult result = new DemoMatchRenderer().render(options, clip.file(), progress);
        ctx.say("rendered %s with %s in %.1f s (%s)", clip.file().getFileName(), result.videoCodec(),
                result.elapsedMillis() / 1000.0, Units.megabytes(result.videoBytes()));
        if (!"libopenh264".equals(result.videoCodec())) {
            ctx.note(clip.file().getFileName() + " is " + result.videoCodec() + ", not H.264: this FFmpeg has no "
                    + "H.264 encoder, so the figures are not those of H.264 footage");
        }
    }
}
