package com.courtside.inference.ball;

import com.courtside.inference.video.FrameImage;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pre-processing for the {@code ball-boxes} contract: one frame, already scaled to the model's size by the
 * decoder, as a {@code [1, 3, H, W]} float tensor (the contract's S×S, where W = H = S). Each byte becomes
 * {@code (byte / scale − mean) / std} per channel, as the manifest's {@code normalization} says: RGB/255 when it
 * says nothing, ImageNet mean/std for RF-DETR exports that state them.
 */
public final class BoxesInput {

    private final int width;
    private final int height;
    private final Encoding encoding;
    private final FloatBuffer data;

    public BoxesInput(int width, int height, Encoding encoding) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("model input must be at least 1x1, got " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.encoding = encoding;
        // Direct, so ONNX Runtime reads it in place instead of copying it for every frame.
        this.data = ByteBuffer.allocateDirect(4 * 3 * width * height).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    public long[] shape() {
        return new long[] {1, 3, height, width};
    }

    /** Replaces the tensor's contents with {@code frame}, which must already be at the model's size. */
    public void put(FrameImage frame) {
        if (frame.width() != width || frame.height() != height) {
            throw new IllegalArgumentException("frame is " + frame.width() + "x" + frame.height()
                    + ", the model takes " + width + "x" + height);
        }
        ByteBuffer bgra = frame.pixels();
        int plane = width * height;
        int red = encoding.bgr ? 2 * plane : 0;
        int green = plane;
        int blue = encoding.bgr ? 0 : 2 * plane;
        for (int i = 0; i < plane; i++) {
            int o = i * 4;
            data.put(blue + i, encoding.blue[bgra.get(o) & 0xff]);
            data.put(green + i, encoding.green[bgra.get(o + 1) & 0xff]);
            data.put(red + i, encoding.red[bgra.get(o + 2) & 0xff]);
        }
    }

    /** The whole tensor, position 0; valid until the next {@link #put}. */
    public FloatBuffer buffer() {
        return data.duplicate().clear();
    }

    /** One value, for tests: plane {@code plane} (in the model's colour order) at (x, y). */
    float valueAt(int plane, int x, int y) {
        return data.get((plane * height + y) * width + x);
    }

    /**
     * How a pixel's bytes become the model's three values: the plane order and, per channel, a 256-entry table of
     * {@code (byte / scale − mean) / std}, so the per-pixel work is three look-ups.
     */
    public static final class Encoding {

        /** RGB planes, bytes divided by 255: the contract's default. */
        public static final Encoding RGB_UNIT = new Encoding(false, 255, new double[3], new double[] {1, 1, 1});

        private final boolean bgr;
        private final float[] red;
        private final float[] green;
        private final float[] blue;

        private Encoding(boolean bgr, double scale, double[] mean, double[] std) {
            this.bgr = bgr;
            this.red = table(scale, mean[0], std[0]);
            this.green = table(scale, mean[1], std[1]);
            this.blue = table(scale, mean[2], std[2]);
        }

        private static float[] table(double scale, double mean, double std) {
            float[] t = new float[256];
            for (int b = 0; b < 256; b++) {
                t[b] = (float) ((b / scale - mean) / std);
            }
            return t;
        }

        /**
         * Reads a manifest's {@code colorOrder} ("RGB" or "BGR"; RGB when absent) and {@code normalization}
         * ({@code scale}, default 255; {@code mean} and {@code std}, each one number or three in R, G, B order, on
         * the scaled values, e.g. ImageNet's [0.485, 0.456, 0.406] and [0.229, 0.224, 0.225]).
         *
         * @throws IllegalArgumentException naming the field that cannot be used
         */
        public static Encoding of(String colorOrder, Map<String, Object> normalization) {
            boolean bgr = isBgr(colorOrder);
            Map<String, Object> n = normalization == null ? Map.of() : normalization;
            double scale = number(n, "scale", 255);
            if (!(scale > 0) || Double.isInfinite(scale)) {
                throw new IllegalArgumentException("normalization \"scale\" must be a positive number, got " + scale);
            }
            double[] mean = perChannel(n, "mean", 0);
            double[] std = perChannel(n, "std", 1);
            for (double s : std) {
                if (!(s > 0)) {
                    throw new IllegalArgumentException("normalization \"std\" must be positive, got " + s);
                }
            }
            return new Encoding(bgr, scale, mean, std);
        }

        private static boolean isBgr(String colorOrder) {
            if (colorOrder == null) {
                return false;
            }
            return switch (colorOrder.toUpperCase(Locale.ROOT)) {
                case "RGB" -> false;
                case "BGR" -> true;
                default -> throw new IllegalArgumentException("\"colorOrder\" must be RGB or BGR, got " + colorOrder);
            };
        }

        private static double number(Map<String, Object> n, String key, double fallback) {
            Object value = n.get(key);
            if (value == null) {
                return fallback;
            }
            if (value instanceof Number number) {
                return number.doubleValue();
            }
            throw new IllegalArgumentException("normalization \"" + key + "\" must be a number, got " + value);
        }

        private static double[] perChannel(Map<String, Object> n, String key, double fallback) {
            Object value = n.get(key);
            if (value == null || value instanceof Number) {
                double v = number(n, key, fallback);
                return new double[] {v, v, v};
            }
            if (value instanceof List<?> list && list.size() == 3 && list.stream().allMatch(Number.class::isInstance)) {
                double[] v = new double[3];
                for (int c = 0; c < 3; c++) {
                    v[c] = ((Number) list.get(c)).doubleValue();
                }
                return v;
            }
            throw new IllegalArgumentException("normalization \"" + key
                    + "\" must be one number or three (R, G, B), got " + value);
        }
    }
}
