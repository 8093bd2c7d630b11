package com.courtside.app.bench;

import com.courtside.inference.video.FrameImage;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoDecoder;
import com.courtside.inference.video.VideoOpenException;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Sequential decode of a whole clip to BGRA through {@link VideoDecoder#next}, against the bundled ffmpeg decoding
 * the same file with the same decoder threads: once converting to BGRA as Courtside does (the fair peer the ratio
 * uses), once leaving the frames in their own pixel format (for context). Runs alternate between Courtside and the
 * peer so that a busy spell on a shared machine hurts both alike. Besides frames per second, the CPU time per
 * frame is compared: it says how much work each does, whatever else the machine is doing.
 */
final class DecodeBench {

    /** One measured pass: frames per second of wall-clock time and CPU milliseconds per frame (-1 if unknown). */
    record Pass(double fps, double cpuMsPerFrame) {
        static Pass best(Pass a, Pass b) {
            if (a == null || b == null) {
                return a == null ? b : a;
            }
            double cpu = a.cpuMsPerFrame < 0 ? b.cpuMsPerFrame
                    : b.cpuMsPerFrame < 0 ? a.cpuMsPerFrame : Math.min(a.cpuMsPerFrame, b.cpuMsPerFrame);
            return new Pass(Math.max(a.fps, b.fps), cpu);
        }
    }

    private DecodeBench() {
    }

    static List<BenchRow> run(OpenedVideo video, String label, BenchContext ctx) throws VideoOpenException {
        PeerDecode peer = ctx.peer().available() ? new PeerDecode(video, ctx) : null;
        Pass ours = null;
        Pass bgra = null;
        Pass plain = null;
        for (int i = 0; i < ctx.options().repeat(); i++) {
            ctx.say("decoding %s with Courtside (%d threads)...", label, ctx.threads());
            Pass pass = decodeAll(video, ctx);
            ctx.say("Courtside: %.1f fps, %.2f ms CPU per frame", pass.fps(), pass.cpuMsPerFrame());
            ours = Pass.best(ours, pass);
            if (peer != null) {
                bgra = Pass.best(bgra, peer.run(true));
                plain = Pass.best(plain, peer.run(false));
            }
        }
        String what = "decode " + label + " → BGRA, " + ctx.threads() + " threads";
        List<BenchRow> rows = new ArrayList<>();
        rows.add(BenchRow.own(what, ours.fps(), Units.FPS, Target.ratioAtLeast(0.9))
                .withPeer("ffmpeg → bgra", bgra == null ? null : bgra.fps(), true));
        rows.add(BenchRow.own("decode " + label + " vs ffmpeg without BGRA", ours.fps(), Units.FPS, Target.NONE)
                .withPeer("ffmpeg native", plain == null ? null : plain.fps(), true));
        if (ours.cpuMsPerFrame() > 0) {
            Double peerCpu = bgra == null || bgra.cpuMsPerFrame() < 0 ? null : bgra.cpuMsPerFrame();
            rows.add(BenchRow.own("decode " + label + " → BGRA, CPU time per frame", ours.cpuMsPerFrame(), Units.MS,
                    Target.NONE).withPeer("ffmpeg → bgra", peerCpu, false));
        }
        return rows;
    }

    /** What the decode rows measure, for the notes under the table. */
    static String explanation(int threads) {
        String n = Integer.toString(threads);
        return "decode: Courtside decodes every frame to BGRA through VideoDecoder.next (time includes opening); "
                + "'ffmpeg → bgra' is `ffmpeg -threads " + n + " -i FILE -pix_fmt bgra -an -sn -f null -`, the fair "
                + "peer the ratio and verdict use; 'ffmpeg native' is `ffmpeg -threads " + n
                + " -i FILE -an -sn -f null -`, which skips the colour conversion (context only). Peer time is the "
                + "rtime of ffmpeg -benchmark, without its process start. Runs alternate Courtside, peer. "
                + "CPU time per frame: Courtside's whole process against ffmpeg's utime + stime; it shows "
                + "the work done, less swayed by other load than frames/s.";
    }

    /** One full decode of the clip to BGRA at its own size, as the decode rows measure it. */
    static Pass decodeAll(OpenedVideo video, BenchContext ctx) throws VideoOpenException {
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        int count = 0;
        try (VideoDecoder decoder = VideoDecoder.open(video, ctx.threads())) {
            FrameImage image = decoder.newFrame();
            while (decoder.next(image)) {
                count++;
            }
        }
        long nanos = System.nanoTime() - start;
        long cpu = processCpuNanos() - cpuStart;
        if (count != video.facts().frameCount()) {
            ctx.note("Courtside decoded " + count + " frames of " + video.facts().path().getFileName()
                    + ", the index says " + video.facts().frameCount());
        }
        return new Pass(count / (nanos / 1e9), cpuStart < 0 || count == 0 ? -1 : cpu / 1e6 / count);
    }

    /** CPU time of this process (all its threads: decoder, conversion, JIT and GC), or -1 where unknown. */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
