package com.courtside.app.bench;

import com.courtside.inference.video.OpenedVideo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The peer's side of the decode measurement:
 * {@code ffmpeg -benchmark -threads N -i FILE [-pix_fmt bgra] -an -sn -f null -}.
 * Its speed is the frame count of its last progress line over the real time {@code -benchmark} reports (which
 * leaves out the process start); its CPU time is the user plus system time it reports.
 */
final class PeerDecode {

    private final Path file;
    private final int expectedFrames;
    private final BenchContext ctx;
    private boolean failed;

    PeerDecode(OpenedVideo video, BenchContext ctx) {
        this.file = video.facts().path();
        this.expectedFrames = video.facts().frameCount();
        this.ctx = ctx;
    }

    /** One decode of the whole file, to BGRA or in its own pixel format; null once the peer has failed. */
    DecodeBench.Pass run(boolean bgra) {
        if (failed) {
            return null;
        }
        List<String> args = new ArrayList<>(List.of("-hide_banner", "-nostdin", "-benchmark",
                "-threads", Integer.toString(ctx.threads()), "-i", file.toString()));
        if (bgra) {
            args.addAll(List.of("-pix_fmt", "bgra"));
        }
        // A user's video may carry sound and subtitles; Courtside's decode leaves them alone, so the peer does too.
        args.addAll(List.of("-an", "-sn", "-f", "null", "-"));
        String name = bgra ? "ffmpeg → bgra" : "ffmpeg native";
        ctx.say("decoding %s with %s...", file.getFileName(), name);
        try {
            FfmpegPeer.Run run = ctx.peer().run(args);
            long frames = run.frames();
            if (run.exitCode() != 0 || frames <= 0) {
                failed = true;
                ctx.note("ffmpeg failed on " + file.getFileName() + " (exit " + run.exitCode() + "): "
                        + lastLine(run.output()));
                return null;
            }
            if (frames != expectedFrames) {
                ctx.note("ffmpeg counted " + frames + " frames in " + file.getFileName() + ", Courtside "
                        + expectedFrames);
            }
            double seconds = run.benchmarkSeconds() > 0 ? run.benchmarkSeconds() : run.wallNanos() / 1e9;
            double cpu = run.cpuSeconds() >= 0 ? run.cpuSeconds() * 1000 / frames : -1;
            ctx.say("%s: %d frames in %.2f s = %.1f fps, %.2f ms CPU per frame", name, frames, seconds,
                    frames / seconds, cpu);
            return new DecodeBench.Pass(frames / seconds, cpu);
        } catch (IOException e) {
            failed = true;
            ctx.note("ffmpeg could not be run: " + e.getMessage());
            return null;
        }
    }

    static String lastLine(String output) {
        List<String> lines = output.lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "no output" : lines.get(lines.size() - 1).trim();
    }
}
