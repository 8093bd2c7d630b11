package com.courtside.inference.track;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A ball thrown across the frame, bouncing on a floor, sampled at a frame rate and drawn at a resolution; the
 * physics is stated at 1080p in pixels per second, so the same flight at another size or rate is the same scene.
 */
final class SyntheticFlight {

    static final double FLOOR_Y = 900;
    private static final double GRAVITY = 1080;
    private static final double RESTITUTION = 0.8;

    final double scale;
    final double fps;
    final double[] x;
    final double[] y;

    private SyntheticFlight(double scale, double fps, double[] x, double[] y) {
        this.scale = scale;
        this.fps = fps;
        this.x = x;
        this.y = y;
    }

    /** A throw from (200, 500) at 1080p, 360 px/s to the right and 300 px/s up, bouncing on y = 900. */
    static SyntheticFlight bouncing(int height, double fps, int frames) {
        double scale = height / 1080.0;
        double[] xs = new double[frames];
        double[] ys = new double[frames];
        double px = 200;
        double py = 500;
        double vx = 360;
        double vy = -300;
        double step = 1e-4;
        double t = 0;
        for (int f = 0; f < frames; f++) {
            while (t < f / fps) {
                vy += GRAVITY * step;
                px += vx * step;
                py += vy * step;
                if (py > FLOOR_Y && vy > 0) {
                    py = 2 * FLOOR_Y - py;
                    vy = -RESTITUTION * vy;
                }
                t += step;
            }
            xs[f] = px * scale;
            ys[f] = py * scale;
        }
        return new SyntheticFlight(scale, fps, xs, ys);
    }

    /** A ball lying still at (960, 880) at 1080p. */
    static SyntheticFlight still(int height, double fps, int frames) {
        double scale = height / 1080.0;
        double[] xs = new double[frames];
        double[] ys = new double[frames];
        java.util.Arrays.fill(xs, 960 * scale);
        java.util.Arrays.fill(ys, 880 * scale);
        return new SyntheticFlight(scale, fps, xs, ys);
    }

    int frames() {
        return x.length;
    }

    /** The true ball with 1 px (at 1080p) of noise, score 0.9, plus {@code clutter} weak
     * (score 0.1..0.45) random false hits a frame. */
    List<List<Candidate>> detections(long seed, int clutter) {
        Random random = new Random(seed);
        List<List<Candidate>> all = new ArrayList<>();
        for (int f = 0; f < frames(); f++) {
            List<Candidate> frame = new ArrayList<>();
            frame.add(new Candidate((float) (x[f] + random.nextGaussian() * scale),
                    (float) (y[f] + random.nextGaussian() * scale), 0.9f));
            for (int i = 0; i < clutter; i++) {
                frame.add(new Candidate((float) (random.nextDouble() * 1920 * scale),
                        (float) (random.nextDouble() * 1080 * scale), 0.1f + 0.35f * random.nextFloat()));
            }
            all.add(frame);
        }
        return all;
    }

    /** Detections with the true ball taken out of the given frames (the clutter stays). */
    List<List<Candidate>> detectionsMissing(long seed, int clutter, int fromFrame, int toFrameExclusive) {
        List<List<Candidate>> all = detections(seed, clutter);
        for (int f = fromFrame; f < toFrameExclusive && f < frames(); f++) {
            all.get(f).remove(0);
        }
        return all;
    }
}
