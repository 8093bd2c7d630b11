package com.courtside.ui.overlay;

import com.courtside.timeline.BallTrack;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.MatchEvent;
import com.courtside.ui.video.VideoTransform;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

import java.util.List;

/**
 * Draws one label layer for one frame, in video coordinates mapped by a {@link VideoTransform}: the ball's trail
 * over the last frames, its position as a ring, bounce and net markers near the playhead, and the layer's name in
 * the corner. A model's layer ({@link LabelLayer#detail()}) also shows which positions the tracker predicted
 * (hollow, dashed, in the palette's {@code occluded} colour) and its confidence (the ring's size). It draws on an
 * {@link OverlayCanvas}: the window's JavaFX canvas, or a picture of an exported frame for {@link BurnIn}, so the
 * burnt-in overlay is the one the window shows. Does not clear the canvas.
 */
public final class OverlayPainter {

    /** Frames of trail behind the ball. */
    public static final int TRAIL_FRAMES = 15;
    /** Frames either side of an event during which its marker shows, fading with distance. */
    public static final int EVENT_WINDOW = 10;
    /** Ring radius at 720p of a human label, and of a model's answer at confidence 0 and 1. */
    static final double LABEL_RING = 10;
    static final double MIN_RING = 6;
    static final double MAX_RING = 15;

    private final OverlayPalette palette;

    public OverlayPainter(OverlayPalette palette) {
        this.palette = palette;
    }

    public void paint(GraphicsContext g, VideoTransform view, LabelLayer layer, int frame) {
        paint(g, view, layer, frame, 0);
    }

    /**
     * Paints {@code layer} with its name in row {@code captionRow} of the corner, so that layers painted over each
     * other list their names one under the other.
     */
    public void paint(GraphicsContext g, VideoTransform view, LabelLayer layer, int frame, int captionRow) {
        if (layer == null || view.isEmpty() || frame < 0) {
            return;
        }
        g.save();
        paint(new FxOverlayCanvas(g), view, OverlayArea.of(view), layer, frame, captionRow);
        g.restore();
    }

    /** Paints {@code layer}'s marks and its name onto any canvas; {@code view} places the video in {@code area}. */
    public void paint(OverlayCanvas g, VideoTransform view, OverlayArea area, LabelLayer layer, int frame,
                      int captionRow) {
        if (layer == null || view.isEmpty() || frame < 0) {
            return;
        }
        paintMarks(g, view, area, layer, frame);
        paintCaption(g, area, layer.caption(), captionRow);
    }

    /** The ball's trail, the event markers and the ball of {@code frame}, without a caption. */
    public void paintMarks(OverlayCanvas g, VideoTransform view, OverlayArea area, LabelLayer layer, int frame) {
        if (layer == null || view.isEmpty() || frame < 0) {
            return;
        }
        LabelSet labels = layer.labels();
        VideoTransform t = view.forSource(labels.width(), labels.height());
        double unit = markerUnit(area.height());
        paintTrail(g, t, labels.ball(), layer.detail(), frame, unit);
        paintEvents(g, t, labels, frame, unit);
        paintBall(g, t, labels.ball(), layer.detail(), frame, unit);
    }

    /** Marker sizes follow the shown frame's height (720 p = 1), within limits that keep them readable. */
    static double markerUnit(VideoTransform view) {
        return markerUnit(view.displayHeight());
    }

    static double markerUnit(double shownHeight) {
        return Math.max(0.7, Math.min(2.0, shownHeight / 720.0));
    }

    /** The ring's radius at 720p for a model's confidence: the surer the answer, the larger the ring. */
    static double ringRadius(double confidence) {
        double c = Double.isFinite(confidence) ? Math.max(0, Math.min(1, confidence)) : 0;
        return MIN_RING + (MAX_RING - MIN_RING) * c;
    }

    private void paintTrail(OverlayCanvas g, VideoTransform t, BallTrack ball, TrackDetail detail, int frame,
                            double unit) {
        double prevX = Double.NaN;
        double prevY = Double.NaN;
        for (int age = TRAIL_FRAMES; age >= 1; age--) {
            int f = frame - age;
            boolean predicted = isPredicted(ball, detail, f);
            if (!ball.isVisible(f) && !predicted) {
                prevX = Double.NaN;
                continue;
            }
            double x = t.viewX(ball.x(f));
            double y = t.viewY(ball.y(f));
            double fresh = 1.0 - age / (double) (TRAIL_FRAMES + 1);
            Color colour = predicted ? palette.occluded() : palette.trail();
            if (!Double.isNaN(prevX)) {
                g.setStroke(withAlpha(colour, 0.5 * fresh));
                g.setLineWidth(1.5 * unit);
                g.setLineDashes(predicted ? new double[] {3 * unit, 3 * unit} : null);
                g.strokeLine(prevX, prevY, x, y);
                g.setLineDashes(null);
            }
            double r = (1.5 + 2.5 * fresh) * unit;
            if (predicted) {
                g.setStroke(withAlpha(colour, 0.25 + 0.75 * fresh));
                g.setLineWidth(1.2 * unit);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            } else {
                g.setFill(withAlpha(colour, 0.15 + 0.75 * fresh));
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
            }
            prevX = x;
            prevY = y;
        }
    }

    /** True where a model's tracker bridged a gap: the frame has a position that no detection gave. */
    private static boolean isPredicted(BallTrack ball, TrackDetail detail, int frame) {
        return detail != null && detail.isPredicted(frame) && frame < ball.frameCount()
                && Float.isFinite(ball.x(frame)) && Float.isFinite(ball.y(frame));
    }

    private void paintBall(OverlayCanvas g, VideoTransform t, BallTrack ball, TrackDetail detail, int frame,
                           double unit) {
        if (frame >= ball.frameCount()) {
            return;
        }
        if (detail != null) {
            paintModelBall(g, t, ball, detail, frame, unit);
            return;
        }
        double r = LABEL_RING * unit;
        if (ball.isVisible(frame)) {
            ring(g, t.viewX(ball.x(frame)), t.viewY(ball.y(frame)), r, palette.ball(), 2.5 * unit, false);
        } else if (ball.visibility(frame) == BallTrack.Visibility.OCCLUDED && Float.isFinite(ball.x(frame))) {
            ring(g, t.viewX(ball.x(frame)), t.viewY(ball.y(frame)), r, palette.occluded(), 1.5 * unit, true);
        }
    }

    private void paintModelBall(OverlayCanvas g, VideoTransform t, BallTrack ball, TrackDetail detail, int frame,
                                double unit) {
        boolean predicted = isPredicted(ball, detail, frame);
        if (!ball.isVisible(frame) && !predicted) {
            return;
        }
        double x = t.viewX(ball.x(frame));
        double y = t.viewY(ball.y(frame));
        double r = ringRadius(detail.confidence(frame)) * unit;
        if (predicted) {
            ring(g, x, y, r, palette.occluded(), 2 * unit, true);
            return;
        }
        ring(g, x, y, r, palette.ball(), 2.5 * unit, false);
        double dot = 2.5 * unit;
        g.setFill(palette.ball());
        g.fillOval(x - dot, y - dot, 2 * dot, 2 * dot);
    }

    private void ring(OverlayCanvas g, double x, double y, double r, Color color, double width, boolean dashed) {
        g.setLineDashes(dashed ? new double[] {4 * width, 3 * width} : null);
        g.setStroke(palette.outline());
        g.setLineWidth(width + 2);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(color);
        g.setLineWidth(width);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        g.setLineDashes(null);
    }

    private void paintEvents(OverlayCanvas g, VideoTransform t, LabelSet labels, int frame, double unit) {
        List<MatchEvent> events = labels.events();
        BallTrack ball = labels.ball();
        for (int i = firstAtOrAfter(events, frame - EVENT_WINDOW); i < events.size(); i++) {
            MatchEvent e = events.get(i);
            if (e.frame() > frame + EVENT_WINDOW) {
                break;
            }
            if (e.frame() >= ball.frameCount() || !Float.isFinite(ball.x(e.frame())) || !Float.isFinite(ball.y(e.frame()))) {
                continue;
            }
            double alpha = 1.0 - Math.abs(e.frame() - frame) / (double) (EVENT_WINDOW + 1);
            double x = t.viewX(ball.x(e.frame()));
            double y = t.viewY(ball.y(e.frame()));
            if (e.kind() == EventKind.BOUNCE) {
                cross(g, x, y, 8 * unit, withAlpha(palette.bounce(), alpha), 3 * unit, alpha);
            } else if (e.kind() == EventKind.NET) {
                diamond(g, x, y, 9 * unit, withAlpha(palette.net(), alpha), 2.5 * unit, alpha);
            }
        }
    }

    /** Index of the first event at or after {@code frame} (events are sorted by frame). */
    public static int firstAtOrAfter(List<MatchEvent> events, int frame) {
        int lo = 0;
        int hi = events.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (events.get(mid).frame() < frame) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void cross(OverlayCanvas g, double x, double y, double s, Color color, double width, double alpha) {
        for (int pass = 0; pass < 2; pass++) {
            g.setStroke(pass == 0 ? withAlpha(palette.outline(), alpha * palette.outline().getOpacity()) : color);
            g.setLineWidth(pass == 0 ? width + 2 : width);
            g.strokeLine(x - s, y - s, x + s, y + s);
            g.strokeLine(x - s, y + s, x + s, y - s);
        }
    }

    private void diamond(OverlayCanvas g, double x, double y, double s, Color color, double width, double alpha) {
        double[] xs = {x, x + s, x, x - s};
        double[] ys = {y - s, y, y + s, y};
        g.setStroke(withAlpha(palette.outline(), alpha * palette.outline().getOpacity()));
        g.setLineWidth(width + 2);
        g.strokePolygon(xs, ys, 4);
        g.setStroke(color);
        g.setLineWidth(width);
        g.strokePolygon(xs, ys, 4);
    }

    /**
     * A caption in row {@code row} of the area's top-left corner: the text on a dark rounded box with the accent
     * dot before it, at the area's caption scale.
     */
    public void paintCaption(OverlayCanvas g, OverlayArea area, String caption, int row) {
        double s = area.captionScale();
        g.setFont(palette.captionFont().scaled(s));
        double w = g.textWidth(caption) + 28 * s;
        double h = g.textHeight(caption) + 10 * s;
        double x = area.x() + 12 * s;
        double y = area.y() + 12 * s + row * (h + 6 * s);
        g.setFill(palette.captionBackground());
        g.fillRoundRect(x, y, w, h, 8 * s, 8 * s);
        g.setFill(palette.captionAccent());
        g.fillOval(x + 8 * s, y + h / 2 - 4 * s, 8 * s, 8 * s);
        g.setFill(palette.captionText());
        g.fillText(caption, x + 22 * s, y + h / 2);
    }

    private static Color withAlpha(Color c, double alpha) {
        return Color.color(c.getRed(), c.getGreen(), c.getBlue(), Math.max(0, Math.min(1, alpha)));
    }
}
