package com.courtside.app.bench;

import com.courtside.inference.video.FrameImage;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoDecoder;
import com.courtside.inference.video.VideoOpenException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cold exact seeks: {@link VideoDecoder#read} to random frames far apart, so every read seeks to a key frame and
 * decodes on to the target (the timestamps prove the frame). The peer starts one {@code ffmpeg -ss T -i FILE
 * -frames:v 1} process per seek, which also decodes from the key frame to the exact time; its figure includes the
 * process start, which Courtside does not pay.
 */
final class SeekBench {

    private SeekBench() {
    }

    static List<BenchRow> run(OpenedVideo video, String label, BenchContext ctx) throws VideoOpenException {
        return run(video, label, "seek cold " + label + ", GOP " + ctx.options().gop(), ctx);
    }

    /** @param what the rows' name before ", p50" and ", p95" */
    static List<BenchRow> run(OpenedVideo video, String label, String what, BenchContext ctx)
            throws VideoOpenException {
        int[] frames = SeekPlan.farApart(video.facts().frameCount(), ctx.options().seeks(), ctx.options().seed(),
                video.facts().frameCount() / 4);
        ctx.say("timing %d cold exact seeks in %s...", frames.length, label);
        long[] nanos = new long[frames.length];
        try (VideoDecoder decoder = VideoDecoder.open(video, ctx.threads())) {
            FrameImage image = decoder.newFrame();
            for (int i = 0; i < frames.length; i++) {
                long start = System.nanoTime();
                decoder.read(frames[i], image);
                nanos[i] = System.nanoTime() - start;
            }
        }
        Percentiles ours = Percentiles.ofNanos(nanos);
        ctx.say("cold seek p50 %.1f ms, p95 %.1f ms", ours.p50(), ours.p95());
        BenchRow p50 = BenchRow.own(what + ", p50", ours.p50(), Units.MS, Target.NONE);
        BenchRow p95 = BenchRow.own(what + ", p95", ours.p95(), Units.MS,
                Target.atMost(150, Units.MS).withRemark("design goal"));
        Percentiles peer = ctx.options().peerSeeks() && ctx.peer().available() ? peer(video, frames, ctx) : null;
        if (peer == null && !ctx.options().peerSeeks()) {
            return List.of(p50, p95);
        }
        String peerLabel = "ffmpeg -ss, a process each";
        return List.of(p50.withPeer(peerLabel, peer == null ? null : peer.p50(), false),
                p95.withPeer(peerLabel, peer == null ? null : peer.p95(), false));
    }

    /** What the peer of the seek rows is, for the notes under the table. */
    static String peerExplanation(int threads) {
        return "'ffmpeg -ss, a process each' is `ffmpeg -threads " + threads + " -ss T -i FILE -frames:v 1 -an -sn "
                + "-f null -` per seek, timed by wall clock, process start included (Courtside does not pay one).";
    }

    private static Percentiles peer(OpenedVideo video, int[] frames, BenchContext ctx) {
        ctx.say("timing %d seeks with one ffmpeg process each...", frames.length);
        Path file = video.facts().path();
        long origin = video.index().ptsMicros(0);
        long[] nanos = new long[frames.length];
        for (int i = 0; i < frames.length; i++) {
            double seconds = (video.index().ptsMicros(frames[i]) - origin) / 1e6;
            List<String> args = new ArrayList<>(List.of("-hide_banner", "-nostdin", "-v", "error",
                    "-threads", Integer.toString(ctx.threads()), "-ss", String.format(Locale.ROOT, "%.6f", seconds),
                    "-i", file.toString(), "-frames:v", "1", "-an", "-sn", "-f", "null", "-"));
            try {
                FfmpegPeer.Run run = ctx.peer().run(args);
                if (run.exitCode() != 0) {
                    ctx.note("ffmpeg -ss failed (exit " + run.exitCode() + "): " + PeerDecode.lastLine(run.output()));
                    return null;
                }
                nanos[i] = run.wallNanos();
            } catch (IOException e) {
                ctx.note("ffmpeg could not be run: " + e.getMessage());
                return null;
            }
        }
        Percentiles p = Percentiles.ofNanos(nanos);
        ctx.say("ffmpeg -ss p50 %.1f ms, p95 %.1f ms", p.p50(), p.p95());
        return p;
    }
}
