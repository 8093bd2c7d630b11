package com.courtside.ui.overlay;

import com.courtside.timeline.players.TrackedPeople;
import com.courtside.ui.video.VideoTransform;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import java.util.List;

/**
 * Draws the tracked people over the video: a box in the colour of the kit team (grey for neither team), solid once
 * a labeller gave the track its slot and dashed before, with the track and slot above it ("#7 O2").
 */
public final class PlayerPainter {

    static final Color TEAM_A = Color.web("#4cc9f0");
    static final Color TEAM_B = Color.web("#ff9f43");
    static final Color NO_TEAM = Color.web("#c8ccd4");
    private static final Color TAG = Color.rgb(16, 17, 20, 0.72);
    private static final Font FONT = Font.font("System", FontWeight.BOLD, 11);

    private PlayerPainter() {
    }

    public static void paint(GraphicsContext g, VideoTransform t, List<PlayerMark> players) {
        g.setFont(FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        for (PlayerMark p : players) {
            Color colour = colour(p.team());
            double x0 = t.viewX(p.x());
            double y0 = t.viewY(p.y());
            double w = t.viewX(p.x() + p.w()) - x0;
            double h = t.viewY(p.y() + p.h()) - y0;
            g.setStroke(colour);
            g.setLineWidth(p.slot() != null ? 2 : 1.25);
            g.setLineDashes(p.slot() != null ? null : new double[] {4, 3});
            g.strokeRect(x0, y0, w, h);
            String caption = p.caption();
            double tagWidth = 7 * caption.length() + 6;
            g.setFill(TAG);
            g.fillRect(x0, y0 - 15, tagWidth, 15);
            g.setFill(colour);
            g.fillText(caption, x0 + 3, y0 - 2);
        }
        g.setLineDashes(null);
    }

    static Color colour(byte team) {
        return team == TrackedPeople.TEAM_A ? TEAM_A : team == TrackedPeople.TEAM_B ? TEAM_B : NO_TEAM;
    }
}
