package com.courtside.inference.synth;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;
import java.util.SplittableRandom;

/**
 * Spectators on the stand behind the far surround: they sway, now and then stand up and raise their arms, and
 * one walks along the stand. They sit above the surround in the picture, so they never touch the ball's path
 * over the table but do move in the background the way a real crowd does.
 */
final class CrowdPainter {

    private static final double BARRIER_ROW = ScenePainter.BARRIER_Y + 0.3;

    private final Camera camera;
    private final double[] x;
    private final double[] y;
    private final double[] phase;
    private final double[] period;
    private final Color[] shirt;
    private final Color skin;
    private final double walkerPeriod;
    private final Color walkerShirt;

    CrowdPainter(Camera camera, int distractorLevel, SplittableRandom rnd) {
        this.camera = camera;
        int n = 8 + 5 * distractorLevel;
        x = new double[n];
        y = new double[n];
        phase = new double[n];
        period = new double[n];
        shirt = new Color[n];
        Color[] palette = {new Color(150, 40, 40), new Color(40, 70, 130), new Color(60, 60, 60),
            new Color(170, 140, 40), new Color(40, 110, 70), new Color(100, 60, 110)};
        for (int i = 0; i < n; i++) {
            x[i] = -6.0 + 8.0 * (i + rnd.nextDouble(0.1, 0.9)) / n;
            // Even indexes sit in the back row and are painted first, so the front row overlaps them.
            y[i] = BARRIER_ROW + 0.45 + (i % 2 == 0 ? 0.9 : 0) + rnd.nextDouble(0, 0.2);
            phase[i] = rnd.nextDouble(0, 2 * Math.PI);
            period[i] = rnd.nextDouble(3, 9);
            shirt[i] = palette[rnd.nextInt(palette.length)];
        }
        if (distractorLevel >= 1) {
            shirt[rnd.nextInt(n)] = new Color(240, 240, 240);
        }
        skin = new Color(215, 170, 135);
        walkerPeriod = rnd.nextDouble(18, 30);
        walkerShirt = palette[rnd.nextInt(palette.length)];
    }

    void paint(Graphics2D g, double seconds) {
        for (int pass = 0; pass < 2; pass++) {
            for (int i = pass; i < x.length; i += 2) {
                paintSpectator(g, i, seconds);
            }
        }
        double w = (seconds % walkerPeriod) / walkerPeriod;
        double wx = -7 + 14 * w;
        paintPerson(g, wx, BARRIER_ROW + 0.2, ScenePainter.standHeight(BARRIER_ROW + 0.2),
                1.6 + 0.03 * Math.abs(Math.sin(seconds * 6)), 0, walkerShirt);
    }

    private void paintSpectator(Graphics2D g, int i, double seconds) {
        double t = seconds / period[i] * 2 * Math.PI + phase[i];
        double sway = 0.06 * Math.sin(t);
        // Each spectator stands up to cheer for a short moment once per cycle.
        double cheer = Math.max(0, Math.sin(t * 0.37 + phase[i]) - 0.93) / 0.07;
        paintPerson(g, x[i] + sway, y[i], ScenePainter.standHeight(y[i]), 0.75 + 0.45 * cheer, cheer, shirt[i]);
    }

    private void paintPerson(Graphics2D g, double px, double py, double base, double height, double armsUp, Color color) {
        Vec3 feet = new Vec3(px, py, base);
        Point2D.Double f = camera.project(feet);
        if (f == null) {
            return;
        }
        double ppm = camera.pixelsPerMetre(feet);
        Point2D.Double top = camera.project(feet.plus(0, 0, height));
        double bodyW = 0.42 * ppm;
        double headR = 0.11 * ppm;
        double bodyTop = top.y + 2 * headR;
        g.setColor(color);
        g.fill(new RoundRectangle2D.Double(f.x - bodyW / 2, bodyTop, bodyW, Math.max(1, f.y - bodyTop), bodyW / 2, bodyW / 2));
        if (armsUp > 0) {
            double armH = 0.45 * ppm * armsUp;
            g.fill(new RoundRectangle2D.Double(f.x - bodyW / 2 - 0.04 * ppm, bodyTop - armH, 0.09 * ppm, armH, 4, 4));
            g.fill(new RoundRectangle2D.Double(f.x + bodyW / 2 - 0.05 * ppm, bodyTop - armH, 0.09 * ppm, armH, 4, 4));
        }
        g.setColor(skin);
        g.fill(new Ellipse2D.Double(f.x - headR, top.y, 2 * headR, 2 * headR));
    }
}
