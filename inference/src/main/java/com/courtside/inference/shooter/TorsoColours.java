package com.courtside.inference.shooter;

import com.courtside.timeline.players.PersonBoxes;

/**
 * The kit colour of each of a run of boxes: the mean red, green and blue of the torso (the middle half of the box's
 * width, from a quarter to 55 % of its height: below the head, above the shorts, inside the arms) and how far its
 * pixels spread around that mean (root mean square, 0–442). A plain kit spreads little; a striped referee's shirt
 * averages to grey and spreads widely, which is what sets it apart from a grey kit. Columnar, one entry per box.
 */
public final class TorsoColours {

    private static final float LEFT = 0.25f;
    private static final float RIGHT = 0.75f;
    private static final float TOP = 0.25f;
    private static final float BOTTOM = 0.55f;

    private final float[] red;
    private final float[] green;
    private final float[] blue;
    private final float[] spread;

    TorsoColours(float[] red, float[] green, float[] blue, float[] spread) {
        this.red = red;
        this.green = green;
        this.blue = blue;
        this.spread = spread;
    }

    /** The torso colours of boxes {@code from} (inclusive) to {@code to} (exclusive), seen in {@code image}. */
    public static TorsoColours measure(BgrPixels image, PersonBoxes boxes, int from, int to) {
        int n = to - from;
        float[] r = new float[n];
        float[] g = new float[n];
        float[] b = new float[n];
        float[] s = new float[n];
        for (int k = 0; k < n; k++) {
            int i = from + k;
            int x0 = Math.max(0, Math.round(boxes.x(i) + LEFT * boxes.width(i)));
            int x1 = Math.min(image.width(), Math.round(boxes.x(i) + RIGHT * boxes.width(i)));
            int y0 = Math.max(0, Math.round(boxes.y(i) + TOP * boxes.height(i)));
            int y1 = Math.min(image.height(), Math.round(boxes.y(i) + BOTTOM * boxes.height(i)));
            measureOne(image, x0, y0, x1, y1, k, r, g, b, s);
        }
        return new TorsoColours(r, g, b, s);
    }

    private static void measureOne(BgrPixels image, int x0, int y0, int x1, int y1, int k,
                                   float[] r, float[] g, float[] b, float[] s) {
        double sb = 0, sg = 0, sr = 0, sq = 0;
        long count = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int o = image.offset(x, y);
                int pb = image.pixels().get(o) & 0xff;
                int pg = image.pixels().get(o + 1) & 0xff;
                int pr = image.pixels().get(o + 2) & 0xff;
                sb += pb;
                sg += pg;
                sr += pr;
                sq += pb * pb + pg * pg + pr * pr;
                count++;
            }
        }
        if (count == 0) {
            // The torso lies outside the image: no colour to judge by.
            r[k] = g[k] = b[k] = s[k] = Float.NaN;
            return;
        }
        double mb = sb / count, mg = sg / count, mr = sr / count;
        r[k] = (float) mr;
        g[k] = (float) mg;
        b[k] = (float) mb;
        double variance = sq / count - (mb * mb + mg * mg + mr * mr);
        s[k] = (float) Math.sqrt(Math.max(0, variance));
    }

    /** The colours of {@code parts} one after another. */
    static TorsoColours join(java.util.List<TorsoColours> parts) {
        int n = parts.stream().mapToInt(TorsoColours::size).sum();
        float[] r = new float[n];
        float[] g = new float[n];
        float[] b = new float[n];
        float[] s = new float[n];
        int at = 0;
        for (TorsoColours p : parts) {
            System.arraycopy(p.red, 0, r, at, p.size());
            System.arraycopy(p.green, 0, g, at, p.size());
            System.arraycopy(p.blue, 0, b, at, p.size());
            System.arraycopy(p.spread, 0, s, at, p.size());
            at += p.size();
        }
        return new TorsoColours(r, g, b, s);
    }

    /** Every {@code step}-th colour, from the first. */
    TorsoColours everyNth(int step) {
        int n = (size() + step - 1) / step;
        float[] r = new float[n];
        float[] g = new float[n];
        float[] b = new float[n];
        float[] s = new float[n];
        for (int k = 0; k < n; k++) {
            r[k] = red[k * step];
            g[k] = green[k * step];
            b[k] = blue[k * step];
            s[k] = spread[k * step];
        }
        return new TorsoColours(r, g, b, s);
    }

    public int size() {
        return red.length;
    }

    public float red(int k) {
        return red[k];
    }

    public float green(int k) {
        return green[k];
    }

    public float blue(int k) {
        return blue[k];
    }

    public float spread(int k) {
        return spread[k];
    }

    /** False when the torso was outside the image. */
    public boolean seen(int k) {
        return !Float.isNaN(red[k]);
    }
}
