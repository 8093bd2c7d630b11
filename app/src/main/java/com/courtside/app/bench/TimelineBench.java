package com.courtside.app.bench;

import com.courtside.labeling.store.Review;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.MatchEvent;
import com.courtside.ui.timeline.RasterSurface;
import com.courtside.ui.timeline.TimelineData;
import com.courtside.ui.timeline.TimelinePainter;
import com.courtside.ui.timeline.TimelineViewport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The timeline's redraw on a two-hour match at 120 fps with a ball label on every frame: the timeline's own painter
 * drawing every lane into a pixel buffer the width of a laptop screen, with no screen, zoomed out to the whole match
 * and zoomed in to single frames, each view panned to a new place before every redraw.
 */
final class TimelineBench {

    static final int FRAMES = 864_000;
    static final double FPS = 120;
    static final int WIDTH = 1440;
    static final int REDRAWS = 200;
    static final double TARGET_MS = 16;

    private TimelineBench() {
    }

    static TimelineData match(Random random) {
        float[] confidence = new float[FRAMES];
        float[] play = new float[FRAMES];
        List<TimelineData.RallyMark> rallies = new ArrayList<>();
        List<MatchEvent> events = new ArrayList<>();
        int f = 0;
        int rally = 0;
        while (f < FRAMES) {
            int length = (int) (FPS * (3 + random.nextDouble() * 12));
            int end = Math.min(FRAMES - 1, f + length - 1);
            rallies.add(new TimelineData.RallyMark(f, end, Review.values()[rally++ % 3], random.nextBoolean()));
            for (int e = f + 40; e < end; e += 40 + random.nextInt(80)) {
                events.add(new MatchEvent(e, random.nextInt(4) == 0 ? EventKind.HIT : EventKind.BOUNCE));
            }
            f = end + 1 + (int) (FPS * (4 + random.nextDouble() * 10));
        }
        for (int i = 0; i < FRAMES; i++) {
            confidence[i] = random.nextFloat();
            play[i] = random.nextFloat();
        }
        return new TimelineData(FRAMES, FPS, rallies, events, confidence, play);
    }

    static List<BenchRow> run(BenchContext ctx) {
        Random random = new Random(ctx.options().seed());
        ctx.say("timeline: drawing a 2-hour 120 fps match (%,d frames) %d times at each zoom...", FRAMES, REDRAWS);
        TimelineData data = match(random);
        RasterSurface surface = new RasterSurface(WIDTH, (int) TimelinePainter.HEIGHT);
        TimelinePainter painter = new TimelinePainter();
        TimelineViewport all = TimelineViewport.all(FRAMES, WIDTH);
        TimelineViewport frames = all.zoomed(WIDTH / 2.0, 1e9);
        Percentiles out = time(painter, surface, data, all, random);
        Percentiles in = time(painter, surface, data, frames, random);
        ctx.note(String.format(Locale.ROOT, "timeline: %,d frames, %,d rallies, %,d events, a confidence and a play "
                        + "probability on every frame; zoomed in shows %.0f frames across %d px",
                FRAMES, data.rallies().size(), data.events().size(), frames.visibleFrames(), WIDTH));
        String of = "timeline redraw, 2-hour 120 fps match, ";
        return List.of(
                BenchRow.own(of + "whole match, p50 of " + REDRAWS, out.p50(), Units.MS, Target.NONE),
                BenchRow.own(of + "whole match, p95 of " + REDRAWS, out.p95(), Units.MS,
                        Target.atMost(TARGET_MS, Units.MS)),
                BenchRow.own(of + "single frames, p50 of " + REDRAWS, in.p50(), Units.MS, Target.NONE),
                BenchRow.own(of + "single frames, p95 of " + REDRAWS, in.p95(), Units.MS,
                        Target.atMost(TARGET_MS, Units.MS)));
    }

    private static Percentiles time(TimelinePainter painter, RasterSurface surface, TimelineData data,
                                    TimelineViewport view, Random random) {
        for (int i = 0; i < 50; i++) {
            painter.paint(surface, data, view, random.nextInt(FRAMES), null);
        }
        long[] nanos = new long[REDRAWS];
        for (int i = 0; i < REDRAWS; i++) {
            TimelineViewport at = view.centredOn(random.nextInt(FRAMES));
            int playhead = at.firstVisibleFrame() + (int) (at.visibleFrames() / 3);
            long start = System.nanoTime();
            painter.paint(surface, data, at, playhead, null);
            nanos[i] = System.nanoTime() - start;
        }
        return Percentiles.ofNanos(nanos);
    }
}
