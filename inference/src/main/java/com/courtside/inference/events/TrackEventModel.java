package com.courtside.inference.events;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.courtside.inference.onnx.Device;
import com.courtside.inference.onnx.LoadedModel;
import com.courtside.inference.onnx.ModelBeside;
import com.courtside.inference.onnx.ModelLoadException;
import com.courtside.inference.onnx.ModelManifest;
import com.courtside.inference.onnx.ModelTask;
import com.courtside.inference.onnx.OnnxRuntime;
import com.courtside.inference.onnx.TensorSpec;
import com.courtside.inference.track.TrackResult;
import com.courtside.timeline.BallTrack;
import com.courtside.timeline.EventKind;

import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code ball-events} model: reads bounces and nets off the whole ball track and the event head's scores, where
 * the head alone sees only a few frames. It places a bounce the ball made out of sight (behind a player) from the
 * flight that went in and the one that came out, which no window of frames can see.
 *
 * <p>Its input is one sequence {@code [1, C, T]} sampled at the manifest's {@code fps}, one step per sample, with
 * the channels {@link #FEATURES} in that order (the manifest lists them and must agree):
 * <ul>
 *   <li>{@code detected}, {@code predicted}: 1 where the tracker saw the ball, or only predicted it;</li>
 *   <li>{@code x}, {@code y}: the detected position as a share of the frame's width and height (0 elsewhere);</li>
 *   <li>{@code vx}, {@code vy}, {@code v_ok}: 10 × the change of x and y since the step before, where both steps
 *       are detected ({@code v_ok} 1), else 0;</li>
 *   <li>{@code ax}, {@code ay}, {@code a_ok}: 10 × the second difference over the steps around, where all three are
 *       detected;</li>
 *   <li>{@code bounce_score}, {@code net_score}: the ball model's event head.</li>
 * </ul>
 * Its output {@code [1, K, T]} holds a sigmoid score per step for each of the manifest's labels.
 */
public final class TrackEventModel implements AutoCloseable {

    /** The input channels Courtside computes, in order. */
    public static final List<String> FEATURES = List.of("detected", "predicted", "x", "y", "vx", "vy", "v_ok",
            "ax", "ay", "a_ok", "bounce_score", "net_score");

    private static final float DIFF_SCALE = 10f;

    private final LoadedModel model;
    private final String inputName;
    private final String outputName;
    private final List<EventKind> kinds;
    private final double fps;
    private final float threshold;

    private TrackEventModel(LoadedModel model, String inputName, String outputName, List<EventKind> kinds,
                            double fps) {
        this.model = model;
        this.inputName = inputName;
        this.outputName = outputName;
        this.kinds = kinds;
        this.fps = fps;
        this.threshold = (float) model.manifest().thresholdOrDefault();
    }

    /**
     * Loads the track-event model the ball model's manifest names in {@code "trackEvents"}, on the same device;
     * empty when it names none.
     *
     * @throws ModelLoadException when the named file is missing, is no model, does not match its own manifest or
     *                            is not a {@code ball-events} model Courtside can feed; the message says which
     */
    public static Optional<TrackEventModel> open(LoadedModel ballModel, Device device) throws ModelLoadException {
        return ModelBeside.open(ballModel, ballModel.manifest().trackEventsBeside(ballModel.file()),
                "track-event model", "or remove \"trackEvents\" from the manifest.", device, 1,
                TrackEventModel::of);
    }

    /** Checks a loaded model against the contract; the caller keeps ownership until this returns. */
    static TrackEventModel of(LoadedModel model) throws ModelLoadException {
        ModelManifest m = model.manifest();
        Path file = model.file();
        if (m.modelTask() != ModelTask.BALL_EVENTS) {
            throw new ModelLoadException(file, file.getFileName() + " is a '" + m.task()
                    + "' model; the track events need a 'ball-events' model.");
        }
        if (m.fps() == null || !(m.fps() > 0)) {
            throw new ModelLoadException(file, "The manifest of " + file.getFileName()
                    + " must give \"fps\", the frame rate its steps are sampled at (e.g. 30).");
        }
        if (!FEATURES.equals(m.features())) {
            throw new ModelLoadException(file, "The manifest of " + file.getFileName() + " lists the features "
                    + m.features() + "; Courtside gives " + FEATURES + " in that order.");
        }
        TensorSpec in = m.inputs().get(0);
        if (!TensorSpec.shapeFits(List.of(1L, (long) FEATURES.size(), -1L), in.shape())) {
            throw new ModelLoadException(file, "input '" + in.name() + "' should have shape [1, "
                    + FEATURES.size() + ", N] but the manifest gives " + TensorSpec.shapeText(in.shape()) + ".");
        }
        List<String> labels = m.labels() == null ? List.of() : m.labels();
        List<EventKind> kinds = new ArrayList<>();
        for (String label : labels) {
            try {
                kinds.add(EventKind.fromWire(label));
            } catch (IllegalArgumentException e) {
                throw new ModelLoadException(file, "The manifest labels an event '" + label
                        + "', which Courtside does not know; use bounce, net, hit, serve or shot.");
            }
        }
        TensorSpec out = m.outputs().get(0);
        if (kinds.isEmpty() || !TensorSpec.shapeFits(List.of(1L, (long) kinds.size(), -1L), out.shape())) {
            throw new ModelLoadException(file, "output '" + out.name() + "' should have shape [1, K, N] with K the "
                    + "number of \"labels\" (" + kinds.size() + ") but the manifest gives "
                    + TensorSpec.shapeText(out.shape()) + ".");
        }
        return new TrackEventModel(model, in.name(), out.name(), List.copyOf(kinds), m.fps());
    }

    public String name() {
        return model.manifest().name();
    }

    public String sha256() {
        return model.sha256();
    }

    /** The event kinds of the output rows, in order. */
    public List<EventKind> kinds() {
        return kinds;
    }

    /** The score from which a peak counts as an event. */
    public float threshold() {
        return threshold;
    }

    /** Video frames per model step: the video is sampled every this many frames. */
    public int stepFor(double videoFps) {
        return Math.max(1, (int) Math.round(videoFps / fps));
    }

    /**
     * The model's score per kind and video frame; frames between two samples read the straight line between them.
     *
     * @param head   the event head's scores, one row per kind of {@code headKinds}; a kind the head lacks reads 0
     * @throws OrtException when the engine fails
     */
    public float[][] scores(TrackResult track, float[][] head, List<EventKind> headKinds, double videoFps,
                            int width, int height) throws OrtException {
        int n = track.frameCount();
        int step = stepFor(videoFps);
        int steps = (n + step - 1) / step;
        float[][] out = new float[kinds.size()][n];
        if (steps == 0) {
            return out;
        }
        float[] features = features(track, head, headKinds, step, width, height);
        try (OnnxTensor tensor = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(features),
                new long[] {1, FEATURES.size(), steps});
             OrtSession.Result result = model.run(Map.of(inputName, tensor))) {
            float[][] rows = ((float[][][]) result.get(outputName).orElseThrow().getValue())[0];
            for (int k = 0; k < kinds.size(); k++) {
                for (int frame = 0; frame < n; frame++) {
                    int s = frame / step;
                    float t = (frame - s * step) / (float) step;
                    out[k][frame] = s + 1 < steps ? (1 - t) * rows[k][s] + t * rows[k][s + 1] : rows[k][s];
                }
            }
        }
        return out;
    }

    /** The input of {@link #scores}, channel-major: {@code FEATURES.size()} rows of one value per sampled step. */
    static float[] features(TrackResult track, float[][] head, List<EventKind> headKinds, int step, int width,
                            int height) {
        int n = track.frameCount();
        int steps = (n + step - 1) / step;
        float[] f = new float[FEATURES.size() * steps];
        BallTrack ball = track.ballTrack();
        boolean[] det = new boolean[steps];
        float[] x = new float[steps];
        float[] y = new float[steps];
        int bounce = headKinds.indexOf(EventKind.BOUNCE);
        int net = headKinds.indexOf(EventKind.NET);
        for (int s = 0; s < steps; s++) {
            int frame = s * step;
            boolean has = track.hasBall(frame);
            boolean predicted = has && track.isPredicted(frame);
            det[s] = has && !predicted;
            if (det[s]) {
                x[s] = ball.x(frame) / width;
                y[s] = ball.y(frame) / height;
            }
            f[s] = det[s] ? 1 : 0;
            f[steps + s] = predicted ? 1 : 0;
            f[2 * steps + s] = x[s];
            f[3 * steps + s] = y[s];
            f[10 * steps + s] = bounce >= 0 ? head[bounce][frame] : 0;
            f[11 * steps + s] = net >= 0 ? head[net][frame] : 0;
        }
        for (int s = 1; s < steps; s++) {
            if (det[s] && det[s - 1]) {
                f[4 * steps + s] = DIFF_SCALE * (x[s] - x[s - 1]);
                f[5 * steps + s] = DIFF_SCALE * (y[s] - y[s - 1]);
                f[6 * steps + s] = 1;
            }
        }
        for (int s = 1; s + 1 < steps; s++) {
            if (det[s - 1] && det[s] && det[s + 1]) {
                f[7 * steps + s] = DIFF_SCALE * (x[s + 1] - 2 * x[s] + x[s - 1]);
                f[8 * steps + s] = DIFF_SCALE * (y[s + 1] - 2 * y[s] + y[s - 1]);
                f[9 * steps + s] = 1;
            }
        }
        return f;
    }

    @Override
    public void close() {
        ModelBeside.closeQuietly(model);
    }

}
