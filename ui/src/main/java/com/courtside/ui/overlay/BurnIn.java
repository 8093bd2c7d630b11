package com.courtside.ui.overlay;

import com.courtside.export.cut.FrameOverlay;
import com.courtside.export.cut.FramePlacement;
import com.courtside.timeline.LabelSet;
import com.courtside.ui.video.VideoTransform;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The labels burnt into exported video by the window's own {@link OverlayPainter}: the ball's trail, the ball,
 * bounce and net markers, and captions for the rally ("Rally 3") and, within a second of a shot's release, the
 * shooter model's scores. A rally cut or a follow-cam render calls it for every frame it writes.
 */
public final class BurnIn implements FrameOverlay {

    private final LabelLayer layer;
    private final NavigableMap<Integer, float[]> shots;
    private final int shotWindow;
    private final OverlayPainter painter;

    /**
     * @param labels     the labels in source pixels of {@code labels.width() × labels.height()}
     * @param detail     a model's predicted flags and confidence for the ball; null for human labels
     * @param shotScores release frame → the shooter model's scores for O1–O5; empty for none
     */
    public BurnIn(LabelSet labels, TrackDetail detail, Map<Integer, float[]> shotScores) {
        this(new LabelLayer("Burnt-in labels", labels, detail), shotScores, OverlayPalette.DEFAULT);
    }

    public BurnIn(LabelLayer layer, Map<Integer, float[]> shotScores, OverlayPalette palette) {
        this.layer = Objects.requireNonNull(layer, "layer");
        this.shots = new TreeMap<>(shotScores);
        this.shotWindow = (int) Math.round(layer.labels().fps().toDouble());
        this.painter = new OverlayPainter(palette);
    }

    @Override
    public Rectangle paint(int sourceFrame, BufferedImage picture, FramePlacement placement) {
        int width = picture.getWidth();
        int height = picture.getHeight();
        Graphics2D g = picture.createGraphics();
        try {
            PictureCanvas canvas = new PictureCanvas(g, width, height);
            paint(canvas, sourceFrame, view(placement, width, height), OverlayArea.picture(width, height));
            return canvas.painted();
        } finally {
            g.dispose();
        }
    }

    /** Draws the overlay of {@code frame} on any canvas, the video placed in {@code area} by {@code view}. */
    void paint(OverlayCanvas canvas, int frame, VideoTransform view, OverlayArea area) {
        painter.paintMarks(canvas, view, area, layer, frame);
        int row = 0;
        String rally = rallyCaption(frame);
        if (rally != null) {
            painter.paintCaption(canvas, area, rally, row++);
        }
        String shot = shotCaption(frame);
        if (shot != null) {
            painter.paintCaption(canvas, area, shot, row);
        }
    }

    /** "Rally 3" inside the third rally (numbered from 1 in time order), else null. */
    String rallyCaption(int frame) {
        int rally = layer.labels().rallyIndexAt(frame);
        return rally < 0 ? null : "Rally " + (rally + 1);
    }

    /** "Shot: O1 12% O2 70% …" within a second of the nearest release, else null. */
    String shotCaption(int frame) {
        Map.Entry<Integer, float[]> before = shots.floorEntry(frame);
        Map.Entry<Integer, float[]> after = shots.ceilingEntry(frame);
        Map.Entry<Integer, float[]> near = before == null ? after : after == null ? before
                : frame - before.getKey() <= after.getKey() - frame ? before : after;
        if (near == null || near.getValue() == null || Math.abs(near.getKey() - frame) > shotWindow) {
            return null;
        }
        StringBuilder text = new StringBuilder("Shot:");
        float[] scores = near.getValue();
        for (int i = 0; i < scores.length; i++) {
            text.append(String.format(Locale.ROOT, " O%d %.0f%%", i + 1, 100 * scores[i]));
        }
        return text.toString();
    }

    /**
     * The placement as the painter's one-scale transform. A follow-cam crop is rounded to whole (chroma-aligned)
     * pixels, so its two scales can differ by a fraction of a percent; the mean scale, exact at the picture's
     * centre, is off by at most a pixel or two at its edges.
     */
    static VideoTransform view(FramePlacement p, int width, int height) {
        double scale = (p.scaleX() + p.scaleY()) / 2;
        double sourceCentreX = (width / 2.0 - p.offsetX()) / p.scaleX();
        double sourceCentreY = (height / 2.0 - p.offsetY()) / p.scaleY();
        return new VideoTransform(scale, width / 2.0 - sourceCentreX * scale, height / 2.0 - sourceCentreY * scale,
                p.sourceWidth(), p.sourceHeight());
    }
}
