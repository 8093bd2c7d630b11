package com.courtside.app.bench;

import com.courtside.inference.video.FrameServer;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoOpenException;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * The neighbouring-frame step through the {@link FrameServer}: at a random frame, once the server's idle prefetch
 * has finished, step one frame forward, back, and back again, each step timed from the request to the frame copied
 * into a display buffer. Each step waits for the prefetch around the new frame before the next, as a labeller
 * stepping at a human pace would see.
 */
final class StepBench {

    private static final long TIMEOUT_MILLIS = 60_000;
    private static final int[] STEPS = {1, -1, -1};

    private StepBench() {
    }

    static List<BenchRow> run(OpenedVideo video, String label, BenchContext ctx)
            throws VideoOpenException, InterruptedException {
        int frameCount = video.facts().frameCount();
        int positions = Math.max(1, (ctx.options().seeks() + STEPS.length - 1) / STEPS.length);
        int[] starts = SeekPlan.within(2, frameCount - 3, positions, ctx.options().seed() + 1);
        ctx.say("timing %d neighbouring-frame steps through the frame cache in %s...", positions * STEPS.length,
                label);
        ServerWatch watch = new ServerWatch();
        long frameBytes = 4L * video.facts().width() * video.facts().height();
        ByteBuffer display = ByteBuffer.allocateDirect((int) frameBytes).order(ByteOrder.nativeOrder());
        long[] nanos = new long[positions * STEPS.length];
        int n = 0;
        int unsettled = 0;
        try (FrameServer server = new FrameServer(video, 40 * frameBytes, ctx.threads(), watch)) {
            for (int start : starts) {
                watch.clear();
                server.request(start);
                require(watch.awaitReady(start, TIMEOUT_MILLIS), start);
                unsettled += watch.awaitSettled(server, start, TIMEOUT_MILLIS) ? 0 : 1;
                int at = start;
                for (int step : STEPS) {
                    int target = at + step;
                    watch.clear();
                    long t0 = System.nanoTime();
                    server.request(target);
                    require(watch.awaitReady(target, TIMEOUT_MILLIS), target);
                    if (!ServerWatch.show(server, target, display)) {
                        throw new IllegalStateException("frame " + target + " was announced but is not cached");
                    }
                    nanos[n++] = System.nanoTime() - t0;
                    unsettled += watch.awaitSettled(server, target, TIMEOUT_MILLIS) ? 0 : 1;
                    at = target;
                }
            }
        }
        if (unsettled > 0) {
            ctx.note("the frame server's idle prefetch had not finished within " + TIMEOUT_MILLIS / 1000
                    + " s before " + unsettled + " of the steps");
        }
        Percentiles p = Percentiles.ofNanos(nanos);
        ctx.say("neighbouring step p50 %.2f ms, p95 %.2f ms", p.p50(), p.p95());
        String what = "neighbouring-frame step " + label + " (cache)";
        return List.of(BenchRow.own(what + ", p50", p.p50(), Units.MS, Target.NONE),
                BenchRow.own(what + ", p95", p.p95(), Units.MS, Target.atMost(20, Units.MS)));
    }

    private static void require(boolean ready, int frame) {
        if (!ready) {
            throw new IllegalStateException("the frame server did not deliver frame " + frame + " within "
                    + TIMEOUT_MILLIS / 1000 + " s");
        }
    }
}
