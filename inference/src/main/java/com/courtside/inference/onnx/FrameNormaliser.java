package com.courtside.inference.onnx;

import com.courtside.inference.video.FrameImage;

import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Turns a decoded BGRA frame into the RGB planes a VideoMAE-style model takes: {@code (value / scale − mean) / std}
 * per channel, ImageNet's mean and std and a scale of 255 unless the manifest's {@code normalization} says otherwise.
 * The game-state analyzer and the shooter model share it, so models trained beside each other see the same input.
 */
public final class FrameNormaliser {

    private static final float[] IMAGENET_MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] IMAGENET_STD = {0.229f, 0.224f, 0.225f};

    private final float[] mean;
    private final float[] std;
    private final float scale;

    private FrameNormaliser(float[] mean, float[] std, float scale) {
        this.mean = mean;
        this.std = std;
        this.scale = scale;
    }

    /** The manifest's normalisation; a bad one is refused naming the key. */
    public static FrameNormaliser of(ModelManifest manifest, Path file) throws ModelLoadException {
        Map<String, Object> norm = manifest.normalization() == null ? Map.of() : manifest.normalization();
        float scale = norm.get("scale") instanceof Number n ? n.floatValue() : 255f;
        if (!(scale > 0)) {
            throw new ModelLoadException(file, "normalization \"scale\" must be a positive number.");
        }
        return new FrameNormaliser(triple(norm.get("mean"), IMAGENET_MEAN, file, "mean"),
                triple(norm.get("std"), IMAGENET_STD, file, "std"), scale);
    }

    private static float[] triple(Object value, float[] fallback, Path file, String key) throws ModelLoadException {
        if (value == null) {
            return fallback;
        }
        if (value instanceof List<?> list && list.size() == 3 && list.stream().allMatch(v -> v instanceof Number)) {
            float[] out = new float[3];
            for (int i = 0; i < 3; i++) {
                out[i] = ((Number) list.get(i)).floatValue();
            }
            if (key.equals("std") && (out[0] <= 0 || out[1] <= 0 || out[2] <= 0)) {
                throw new ModelLoadException(file, "normalization \"std\" must be three positive numbers.");
            }
            return out;
        }
        throw new ModelLoadException(file, "normalization \"" + key + "\" must be three numbers (R, G, B).");
    }

    /** Writes the frame's R, G and B planes at {@code offset} floats into {@code target}; its position stays. */
    public void normalise(FrameImage frame, FloatBuffer target, int offset) {
        ByteBuffer bgra = frame.pixels();
        int plane = frame.width() * frame.height();
        for (int i = 0; i < plane; i++) {
            int o = i * 4;
            target.put(offset + i, ((bgra.get(o + 2) & 0xff) / scale - mean[0]) / std[0]);
            target.put(offset + plane + i, ((bgra.get(o + 1) & 0xff) / scale - mean[1]) / std[1]);
            target.put(offset + 2 * plane + i, ((bgra.get(o) & 0xff) / scale - mean[2]) / std[2]);
        }
    }
}
