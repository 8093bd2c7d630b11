package com.courtside.app.bench;

import com.courtside.inference.video.FrameServer;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.PlaybackClock;
import com.courtside.inference.video.PlaybackPump;
import com.courtside.inference.video.VideoOpenException;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;

/**
 * Playback with overlay as the workstation runs it: a {@link FrameServer} decoding ahead, a {@link PlaybackClock}
 * and a {@link PlaybackPump} ticked at 60 Hz like a JavaFX animation timer; each shown frame is copied into a
 * display-sized direct buffer and the overlay is painted over it. Frames the clock passed without their being shown
 * count as dropped, and so do frames still unshown when the time is up.
 */
final class PlaybackBench {

    static final int FRAMES_AHEAD = 12;
    private static final long TICK_NANOS = 1_000_000_000L / 60;
    private static final long GRACE_NANOS = 1_000_000_000L;

    private PlaybackBench() {
    }

    /**
     * Paints the overlay a few hundred times and collects garbage before the clock starts, so the figures are
     * those of a running workstation, not of the JIT compiling this stand-in painter or of the renderer's garbage.
     */
    private static void warmUp(OverlayPainter painter, ByteBuffer display) {
        for (int i = 0; i < 400; i++) {
            painter.paint(display, i);
        }
        System.gc();
    }

    static List<BenchRow> run(OpenedVideo video, String label, BenchContext ctx)
            throws VideoOpenException, InterruptedException {
        int frameCount = video.facts().frameCount();
        double fps = video.facts().fps().toDouble();
        double seconds = Math.min(ctx.options().playbackSeconds(), frameCount / fps);
        int width = video.facts().width();
        int height = video.facts().height();
        long frameBytes = 4L * width * height;
        ByteBuffer display = ByteBuffer.allocateDirect((int) frameBytes).order(ByteOrder.nativeOrder());
        OverlayPainter painter = new OverlayPainter(width, height);
        ServerWatch watch = new ServerWatch();
        ctx.say("playing %s for %.0f s at 60 Hz ticks with overlay...", label, seconds);
        long[] work = new long[(int) ((seconds + 2) * 60) + 8];
        int ticks = 0;
        int late = 0;
        long longestGap = 0;
        try (FrameServer server = new FrameServer(video, 4L * FRAMES_AHEAD * frameBytes, ctx.threads(), watch)) {
            server.request(0);
            if (!watch.awaitReady(0, 60_000) || !ServerWatch.show(server, 0, display)) {
                throw new IllegalStateException("the frame server did not deliver the first frame");
            }
            watch.awaitSettled(server, 0, 60_000);
            warmUp(painter, display);
            PlaybackClock clock = new PlaybackClock(video.facts().fps(), frameCount);
            PlaybackPump pump = new PlaybackPump(server, clock, FRAMES_AHEAD);
            pump.reset(0);
            long start = System.nanoTime();
            clock.start(0, 1.0, start);
            long end = start + (long) (seconds * 1e9);
            int lastDue = clock.frameAt(end);
            int lastShown = 0;
            long lastShownAt = start;
            long next = start;
            long previousTick = start;
            while (lastShown < lastDue && System.nanoTime() < end + GRACE_NANOS) {
                long now = System.nanoTime();
                longestGap = Math.max(longestGap, now - previousTick);
                previousTick = now;
                int shown = pump.tick(Math.min(now, end), image -> display.clear().put(image.pixels()));
                if (shown >= 0) {
                    painter.paint(display, shown);
                    lastShown = shown;
                    lastShownAt = now;
                }
                if (ticks < work.length) {
                    work[ticks++] = System.nanoTime() - now;
                }
                next += TICK_NANOS;
                now = System.nanoTime();
                while (next < now) {
                    next += TICK_NANOS;
                    late++;
                }
                LockSupport.parkNanos(next - now);
            }
            long unshown = Math.max(0, lastDue - lastShown);
            long shownFrames = pump.shownFrames();
            long dropped = pump.droppedFrames() + unshown;
            double elapsed = (lastShownAt - start) / 1e9;
            double effective = elapsed > 0 ? shownFrames / elapsed : 0;
            Percentiles tick = Percentiles.ofNanos(Arrays.copyOf(work, Math.max(1, ticks)));
            ctx.say("shown %d, dropped %d, %.2f fps, tick work p95 %.2f ms, %d late ticks, longest gap %.1f ms",
                    shownFrames, dropped, effective, tick.p95(), late, longestGap / 1e6);
            if (late > 0) {
                ctx.note(String.format(Locale.ROOT, "%d of the 60 Hz playback ticks came a whole tick late (longest "
                        + "gap between ticks %.1f ms): the tick thread waited for a core", late, longestGap / 1e6));
            }
            String what = String.format(Locale.ROOT, "playback %s, %.0f s + overlay", label, seconds);
            return List.of(
                    BenchRow.own(what + ": frames shown", shownFrames, Units.FRAMES, Target.NONE),
                    BenchRow.own(what + ": frames dropped", dropped, Units.FRAMES, Target.atMost(0, Units.FRAMES)),
                    BenchRow.own(what + ": effective rate", effective, Units.FPS, Target.NONE),
                    BenchRow.own(what + ": tick work p95 (copy + overlay)", tick.p95(), Units.MS, Target.NONE));
        }
    }
}
