package com.courtside.app.bench;

import com.courtside.inference.video.CacheDirectory;
import com.courtside.inference.video.FrameImage;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.ProxyBuilder;
import com.courtside.inference.video.VideoDecoder;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.inference.video.VideoProbe;
import com.courtside.timeline.task.ProgressListener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Random seeks in the scrubbing proxy: the proxy is built once with {@link ProxyBuilder} and kept in the work
 * folder, opened with {@link VideoProbe}, and read at random frames with one decoder thread, as the frame server
 * reads it.
 */
final class ProxySeekBench {

    private ProxySeekBench() {
    }

    static List<BenchRow> run(OpenedVideo video, String label, CacheDirectory cache, BenchContext ctx)
            throws VideoOpenException, IOException {
        // Where the workstation looks for it too, so the window playback row finds it built.
        Path file = cache.proxyFile(video.facts().signature());
        List<BenchRow> rows = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            ctx.say("building the scrubbing proxy of %s...", label);
            long start = System.nanoTime();
            ProxyBuilder.build(video, file, ctx.threads(), ProgressListener.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            rows.add(BenchRow.own("proxy build " + label + " (once, then kept)", seconds, Units.SECONDS, Target.NONE));
        } else {
            ctx.say("reusing the scrubbing proxy %s", file);
        }
        OpenedVideo proxy = new VideoProbe(cache, ctx.threads()).open(file, ProgressListener.NONE);
        if (proxy.facts().frameCount() != video.facts().frameCount()) {
            ctx.note("the proxy has " + proxy.facts().frameCount() + " frames, the clip "
                    + video.facts().frameCount());
        }
        int[] frames = SeekPlan.farApart(proxy.facts().frameCount(), ctx.options().seeks(), ctx.options().seed(),
                proxy.facts().frameCount() / 4);
        ctx.say("timing %d random seeks in the proxy...", frames.length);
        long[] nanos = new long[frames.length];
        try (VideoDecoder decoder = VideoDecoder.open(proxy, 1)) {
            FrameImage image = decoder.newFrame();
            for (int i = 0; i < frames.length; i++) {
                long start = System.nanoTime();
                decoder.read(frames[i], image);
                nanos[i] = System.nanoTime() - start;
            }
        }
        Percentiles p = Percentiles.ofNanos(nanos);
        ctx.say("proxy seek p50 %.2f ms, p95 %.2f ms", p.p50(), p.p95());
        String what = "proxy seek " + label + " (" + proxy.facts().width() + "×" + proxy.facts().height() + " intra)";
        rows.add(0, BenchRow.own(what + ", p50", p.p50(), Units.MS, Target.NONE));
        rows.add(1, BenchRow.own(what + ", p95", p.p95(), Units.MS, Target.atMost(100, Units.MS)));
        return rows;
    }
}
