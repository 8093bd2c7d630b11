package com.courtside.ui.video;

import com.courtside.timeline.camera.Crop;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** Draws the virtual camera's crop over the video: the outside dimmed, the crop framed with corner marks. */
final class CropPainter {

    private static final Color DIM = Color.rgb(0, 0, 0, 0.28);
    private static final Color EDGE = Color.rgb(245, 165, 36, 0.95);
    private static final double CORNER = 14;

    private CropPainter() {
    }

    static void paint(GraphicsContext g, VideoTransform t, Crop crop) {
        double x0 = t.viewX(crop.x());
        double y0 = t.viewY(crop.y());
        double x1 = t.viewX(crop.x() + crop.w());
        double y1 = t.viewY(crop.y() + crop.h());
        double w = t.displayWidth();
        double h = t.displayHeight();
        g.setFill(DIM);
        g.fillRect(0, 0, w, Math.max(0, y0));
        g.fillRect(0, y1, w, Math.max(0, h - y1));
        g.fillRect(0, y0, Math.max(0, x0), y1 - y0);
        g.fillRect(x1, y0, Math.max(0, w - x1), y1 - y0);
        g.setStroke(EDGE);
        g.setLineWidth(1.5);
        g.strokeRect(x0, y0, x1 - x0, y1 - y0);
        g.setLineWidth(3);
        double c = Math.min(CORNER, Math.min(x1 - x0, y1 - y0) / 4);
        for (double[] corner : new double[][] {{x0, y0, 1, 1}, {x1, y0, -1, 1}, {x0, y1, 1, -1}, {x1, y1, -1, -1}}) {
            g.strokeLine(corner[0], corner[1], corner[0] + c * corner[2], corner[1]);
            g.strokeLine(corner[0], corner[1], corner[0], corner[1] + c * corner[3]);
        }
    }
}
