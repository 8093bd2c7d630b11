package com.courtside.ui.timeline;

import com.courtside.labeling.store.Review;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.MatchEvent;
import com.courtside.ui.overlay.OverlayPainter;
import com.courtside.ui.scrubber.RulerScale;

import java.util.List;

/**
 * Draws the timeline's lanes for one viewport: a time ruler, the rallies as numbered bars coloured by review, the
 * events as markers by kind, the ball's detection confidence (per pixel column the lowest and highest confidence of
 * its frames, so no frame is hidden when zoomed out) and the game-state play probability, then the playhead. The work
 * is bounded by the pixels, not the video: bars and markers that fall in one column are drawn once.
 */
public final class TimelinePainter {

    public static final double RULER_TOP = 0;
    public static final double RULER_HEIGHT = 16;
    public static final double RALLY_TOP = 18;
    public static final double RALLY_HEIGHT = 22;
    public static final double EVENT_TOP = 42;
    public static final double EVENT_HEIGHT = 14;
    public static final double BALL_TOP = 58;
    public static final double BALL_HEIGHT = 22;
    public static final double PLAY_TOP = 82;
    public static final double PLAY_HEIGHT = 22;
    public static final double HEIGHT = 106;
    /** A rally edge can be grabbed this many pixels either side of it. */
    public static final double EDGE_GRAB_PX = 4;

    static final int BACKGROUND = 0xff1c1e22;
    static final int LANE = 0xff15171a;
    static final int TICK = 0xff4a4e56;
    static final int TEXT = 0xffd9dce1;
    static final int TEXT_FAINT = 0xff5d626b;
    static final int UNREVIEWED = 0xa03fb7a5;
    static final int REVIEWED = 0xd03ddc97;
    static final int FLAGGED = 0xd0ff6b6b;
    static final int HUMAN_EDGE = 0xffe8eaed;
    static final int MODEL_EDGE = 0xff3fb7a5;
    static final int CONFIDENCE = 0xff3ddc97;
    static final int CONFIDENCE_FILL = 0x603ddc97;
    static final int PLAY = 0xfff5a524;
    static final int PLAYHEAD = 0xfff5a524;
    static final int DRAG = 0xffffffff;

    private double[] xs = new double[0];
    private double[] ys = new double[0];
    private FrameSummary confidenceSummary;
    private FrameSummary playSummary;
    private final FrameSummary.Stats stats = new FrameSummary.Stats();

    /** Where the user is dragging a rally edge to, or null. */
    public record EdgeDrag(int rallyStart, boolean startEdge, int toFrame) {
    }

    public void paint(TimelineSurface s, TimelineData data, TimelineViewport view, int playhead, EdgeDrag drag) {
        double w = s.width();
        s.fillRect(0, 0, w, s.height(), BACKGROUND);
        for (double top : new double[] {RALLY_TOP, EVENT_TOP, BALL_TOP, PLAY_TOP}) {
            s.fillRect(0, top, w, laneHeight(top), LANE);
        }
        if (data.isEmpty()) {
            s.text("No video", 6, RALLY_TOP + 15, TEXT_FAINT);
            return;
        }
        ruler(s, data, view);
        rallies(s, data, view, drag);
        events(s, data.events(), view);
        confidence(s, data.confidence(), view);
        if (data.play() != null) {
            play(s, data.play(), view);
        } else {
            s.text("no game-state model", 6, PLAY_TOP + 15, TEXT_FAINT);
        }
        if (drag != null) {
            double x = Math.floor(view.xOf(drag.toFrame() + (drag.startEdge() ? 0 : 1)));
            s.verticalLine(x, RALLY_TOP - 2, HEIGHT, DRAG);
            String label = "frame " + drag.toFrame();
            double lx = Math.min(w - 6 * label.length() - 4, x + 4);
            s.fillRect(lx - 2, RULER_TOP, 6 * label.length() + 4, RULER_HEIGHT, 0xe0000000);
            s.text(label, lx, RULER_TOP + 12, DRAG);
        }
        if (playhead >= 0 && playhead < data.frameCount()) {
            double x = view.xOf(playhead + 0.5);
            if (x >= 0 && x < w) {
                s.verticalLine(x, 0, HEIGHT, PLAYHEAD);
                if (view.framesPerPixel() < 0.5) {
                    s.fillRect(Math.floor(view.xOf(playhead)), RULER_TOP + RULER_HEIGHT - 3,
                            Math.max(1, 1 / view.framesPerPixel()), 3, PLAYHEAD);
                }
            }
        }
    }

    private static double laneHeight(double top) {
        return top == RALLY_TOP ? RALLY_HEIGHT : top == EVENT_TOP ? EVENT_HEIGHT : top == BALL_TOP ? BALL_HEIGHT
                : PLAY_HEIGHT;
    }

    private static void ruler(TimelineSurface s, TimelineData data, TimelineViewport view) {
        double w = s.width();
        double fps = data.fps() > 0 ? data.fps() : 30;
        double secondsShown = view.visibleFrames() / fps;
        double major = RulerScale.majorStep(w, secondsShown);
        double minor = major / 5;
        double pxPerSecond = fps / view.framesPerPixel();
        double firstSecond = view.first() / fps;
        long firstTick = (long) Math.floor(firstSecond / minor);
        long lastTick = (long) Math.ceil((firstSecond + secondsShown) / minor);
        boolean withMinor = minor * pxPerSecond >= 6;
        for (long i = firstTick; i <= lastTick; i++) {
            boolean isMajor = i % 5 == 0;
            if (!isMajor && !withMinor) {
                continue;
            }
            double t = i * minor;
            double x = Math.floor((t - firstSecond) * pxPerSecond);
            if (x < 0 || x >= w) {
                continue;
            }
            s.verticalLine(x, isMajor ? RULER_TOP + 3 : RULER_TOP + RULER_HEIGHT - 5, RULER_TOP + RULER_HEIGHT, TICK);
            if (isMajor) {
                s.text(RulerScale.label(t), x + 4, RULER_TOP + 10, TEXT_FAINT);
            }
        }
        double pxPerFrame = 1 / view.framesPerPixel();
        if (pxPerFrame >= 6) {
            for (int f = view.firstVisibleFrame(); f <= view.lastVisibleFrame(); f++) {
                double x = Math.floor(view.xOf(f));
                s.verticalLine(x, RULER_TOP + RULER_HEIGHT - 2, RULER_TOP + RULER_HEIGHT, TICK);
                if (pxPerFrame >= 18 && f % 5 == 0) {
                    s.text(Integer.toString(f), x + 2, RULER_TOP + RULER_HEIGHT - 3, TEXT_FAINT);
                }
            }
        }
    }

    private static void rallies(TimelineSurface s, TimelineData data, TimelineViewport view, EdgeDrag drag) {
        List<TimelineData.RallyMark> all = data.rallies();
        double w = s.width();
        double lastRight = Double.NEGATIVE_INFINITY;
        for (int i = firstRallyEndingAtOrAfter(all, view.firstVisibleFrame()); i < all.size(); i++) {
            TimelineData.RallyMark r = all.get(i);
            int start = r.start();
            int end = r.end();
            if (drag != null && drag.rallyStart() == r.start()) {
                start = drag.startEdge() ? drag.toFrame() : start;
                end = drag.startEdge() ? end : drag.toFrame();
            }
            if (start > view.lastVisibleFrame()) {
                break;
            }
            double x0 = Math.floor(view.xOf(start));
            double x1 = Math.max(x0 + 1, Math.ceil(view.xOf(end + 1)));
            if (x1 <= lastRight) {
                continue;
            }
            x0 = Math.max(x0, lastRight);
            lastRight = x1;
            s.fillRect(x0, RALLY_TOP + 2, x1 - x0, RALLY_HEIGHT - 4, colour(r.review()));
            if (x1 - x0 >= 3) {
                int edge = r.human() ? HUMAN_EDGE : MODEL_EDGE;
                s.verticalLine(x0, RALLY_TOP + 2, RALLY_TOP + RALLY_HEIGHT - 2, edge);
                s.verticalLine(x1 - 1, RALLY_TOP + 2, RALLY_TOP + RALLY_HEIGHT - 2, edge);
            }
            String number = Integer.toString(i + 1);
            if (x1 - x0 >= 6 * number.length() + 6 && x1 > 0 && x0 < w) {
                s.text(number, Math.max(x0, 0) + 3, RALLY_TOP + 15, TEXT);
            }
        }
    }

    static int colour(Review review) {
        return switch (review) {
            case REVIEWED -> REVIEWED;
            case FLAGGED -> FLAGGED;
            case UNREVIEWED -> UNREVIEWED;
        };
    }

    static int colour(EventKind kind) {
        return switch (kind) {
            case BOUNCE -> 0xffffd166;
            case NET -> 0xff4cc9f0;
            case HIT -> 0xffc8ccd4;
            case SERVE -> 0xfff5a524;
            case SHOT -> 0xffff5d5d;
        };
    }

    /** Binary search: the first rally whose end is at or after {@code frame} (rallies are sorted and apart). */
    static int firstRallyEndingAtOrAfter(List<TimelineData.RallyMark> rallies, int frame) {
        int lo = 0;
        int hi = rallies.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (rallies.get(mid).end() < frame) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static void events(TimelineSurface s, List<MatchEvent> events, TimelineViewport view) {
        int kinds = EventKind.values().length;
        double[] lastX = new double[kinds];
        java.util.Arrays.fill(lastX, Double.NEGATIVE_INFINITY);
        double rowHeight = (EVENT_HEIGHT - 2) / kinds;
        double markerWidth = Math.max(2, Math.min(6, 1 / view.framesPerPixel()));
        int first = OverlayPainter.firstAtOrAfter(events, view.firstVisibleFrame());
        int last = view.lastVisibleFrame();
        for (int i = first; i < events.size(); i++) {
            MatchEvent e = events.get(i);
            if (e.frame() > last) {
                break;
            }
            int k = e.kind().ordinal();
            double x = Math.floor(view.xOf(e.frame() + 0.5) - markerWidth / 2);
            if (x < lastX[k] + markerWidth) {
                continue;
            }
            lastX[k] = x;
            s.fillRect(x, EVENT_TOP + 1 + k * rowHeight, markerWidth, Math.max(2, rowHeight), colour(e.kind()));
        }
    }

    /** Per pixel column the range of confidences of the frames it holds; one bar per frame when zoomed in. */
    private void confidence(TimelineSurface s, float[] confidence, TimelineViewport view) {
        double bottom = BALL_TOP + BALL_HEIGHT - 1;
        double scale = BALL_HEIGHT - 3;
        if (view.framesPerPixel() < 1) {
            double frameWidth = 1 / view.framesPerPixel();
            for (int f = view.firstVisibleFrame(); f <= view.lastVisibleFrame(); f++) {
                float c = confidence[f];
                if (!Float.isNaN(c)) {
                    double top = bottom - c * scale;
                    s.fillRect(Math.floor(view.xOf(f)), top, Math.max(1, frameWidth - 1), Math.max(1, bottom - top),
                            CONFIDENCE);
                }
            }
            return;
        }
        if (confidenceSummary == null || !confidenceSummary.covers(confidence)) {
            confidenceSummary = new FrameSummary(confidence);
        }
        int columns = (int) Math.ceil(s.width());
        int n = confidence.length;
        for (int c = 0; c < columns; c++) {
            int from = (int) Math.floor(view.first() + c * view.framesPerPixel());
            int to = Math.max(from + 1, (int) Math.floor(view.first() + (c + 1) * view.framesPerPixel()));
            if (from >= n) {
                break;
            }
            confidenceSummary.query(from, to, stats);
            if (!stats.isEmpty()) {
                double top = bottom - stats.max * scale;
                double low = bottom - stats.min * scale;
                s.fillRect(c, low, 1, bottom - low + 1, CONFIDENCE_FILL);
                s.fillRect(c, top, 1, Math.max(1, low - top + 1), CONFIDENCE);
            }
        }
    }

    /** The play probability as a line through the column averages. */
    private void play(TimelineSurface s, float[] play, TimelineViewport view) {
        int columns = (int) Math.ceil(s.width());
        if (xs.length < columns + 1) {
            xs = new double[columns + 1];
            ys = new double[columns + 1];
        }
        if (playSummary == null || !playSummary.covers(play)) {
            playSummary = new FrameSummary(play);
        }
        double bottom = PLAY_TOP + PLAY_HEIGHT - 2;
        double scale = PLAY_HEIGHT - 4;
        int n = 0;
        for (int c = 0; c < columns; c++) {
            int from = (int) Math.floor(view.first() + c * view.framesPerPixel());
            int to = Math.max(from + 1, (int) Math.floor(view.first() + (c + 1) * view.framesPerPixel()));
            if (from >= play.length) {
                break;
            }
            playSummary.query(from, to, stats);
            if (!stats.isEmpty()) {
                xs[n] = c + 0.5;
                ys[n] = bottom - stats.mean() * scale;
                n++;
            }
        }
        s.polyline(xs, ys, n, PLAY);
        s.text("play", 4, PLAY_TOP + 10, TEXT_FAINT);
    }

    /** The rally edge within grabbing distance of (x, y) in the rally lane, or null. */
    public static EdgeDrag edgeAt(TimelineData data, TimelineViewport view, double x, double y) {
        if (y < RALLY_TOP || y > RALLY_TOP + RALLY_HEIGHT) {
            return null;
        }
        EdgeDrag best = null;
        double bestDistance = EDGE_GRAB_PX;
        List<TimelineData.RallyMark> all = data.rallies();
        int around = view.frameAt(x);
        int slack = (int) Math.ceil(EDGE_GRAB_PX * view.framesPerPixel()) + 1;
        for (int i = firstRallyEndingAtOrAfter(all, around - slack); i < all.size(); i++) {
            TimelineData.RallyMark r = all.get(i);
            if (r.start() > around + slack) {
                break;
            }
            double startX = view.xOf(r.start());
            double endX = view.xOf(r.end() + 1);
            if (Math.abs(x - startX) <= bestDistance) {
                bestDistance = Math.abs(x - startX);
                best = new EdgeDrag(r.start(), true, r.start());
            }
            if (Math.abs(x - endX) < bestDistance || (Math.abs(x - endX) <= bestDistance && x > endX)) {
                bestDistance = Math.abs(x - endX);
                best = new EdgeDrag(r.start(), false, r.end());
            }
        }
        return best;
    }

    /** Where an edge being dragged lands when the mouse is at {@code x}: the nearest frame boundary. */
    public static int dragTarget(TimelineViewport view, boolean startEdge, double x) {
        int boundary = (int) Math.round(view.first() + x * view.framesPerPixel());
        int frame = startEdge ? boundary : boundary - 1;
        return Math.max(0, Math.min(view.frameCount() - 1, frame));
    }
}
