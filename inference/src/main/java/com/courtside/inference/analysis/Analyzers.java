package com.courtside.inference.analysis;

import com.courtside.inference.ball.HeatmapContract;
import com.courtside.inference.ball.LocalStage;
import com.courtside.inference.events.TrackEventModel;
import com.courtside.inference.onnx.Device;
import com.courtside.inference.onnx.LoadedModel;
import com.courtside.inference.onnx.ModelLoadException;
import com.courtside.inference.onnx.OnnxRuntime;

import java.nio.file.Path;
import java.util.Optional;

/** Opens the ball analyzer a model file asks for, by the task its manifest names. */
public final class Analyzers {

    /**
     * Set this system property to {@code off} ({@code -Dcourtside.localStage=off}) to run ball-heatmap models
     * without the local stage their manifest names, where no {@code --no-local-stage} option reaches (the window).
     */
    public static final String LOCAL_STAGE_PROPERTY = "courtside.localStage";
    /**
     * Set this system property to {@code off} ({@code -Dcourtside.trackEvents=off}) to place events by the event head
     * and the track alone, without the track-event model a ball model's manifest names (to compare the two).
     */
    public static final String TRACK_EVENTS_PROPERTY = "courtside.trackEvents";

    /**
     * CPU threads of the local stage's model. Its crop is as large as the global input, but it runs only on confident
     * estimates; a second pool of ONNX Runtime threads spinning beside the global model's and the two decoders cost
     * more than they gain on a small machine (at 720p on 2 shared cores, one thread was both faster and steadier).
     */
    static final int LOCAL_STAGE_THREADS = 1;

    private Analyzers() {
    }

    /**
     * Loads {@code onnx} on {@code device} and wraps it for its task, with the local stage its manifest names
     * unless the system property {@value #LOCAL_STAGE_PROPERTY} is {@code off}. The analyzer owns the model: close it.
     *
     * @throws ModelLoadException when the model cannot be loaded, does not match its manifest, or cannot find a ball
     */
    public static BallAnalyzer forModel(Path onnx, Device device, int threads) throws ModelLoadException {
        return forModel(onnx, device, threads, !"off".equalsIgnoreCase(System.getProperty(LOCAL_STAGE_PROPERTY, "on")));
    }

    /**
     * As {@link #forModel(Path, Device, int)}, with the local stage of a ball-heatmap model only if
     * {@code localStage} (a manifest without {@code "localStage"} runs the global stage alone either way).
     */
    public static BallAnalyzer forModel(Path onnx, Device device, int threads, boolean localStage)
            throws ModelLoadException {
        LoadedModel model = OnnxRuntime.open(onnx, device, threads);
        try {
            return switch (model.manifest().modelTask()) {
                case BALL_HEATMAP -> heatmap(model, device, localStage);
                case BALL_BOXES -> new BoxesBallAnalyzer(model);
                default -> throw new ModelLoadException(onnx, onnx.getFileName() + " is a '" + model.manifest().task()
                        + "' model; finding the ball needs a 'ball-heatmap' or 'ball-boxes' model.");
            };
        } catch (ModelLoadException | RuntimeException e) {
            closeQuietly(model);
            throw e;
        }
    }

    private static HeatmapBallAnalyzer heatmap(LoadedModel model, Device device, boolean localStage)
            throws ModelLoadException {
        Optional<LocalStage> local = localStage
                ? LocalStage.open(model, HeatmapContract.of(model), device, LOCAL_STAGE_THREADS) : Optional.empty();
        Optional<TrackEventModel> events = Optional.empty();
        try {
            events = "off".equals(System.getProperty(TRACK_EVENTS_PROPERTY))
                    ? Optional.empty() : TrackEventModel.open(model, device);
            return new HeatmapBallAnalyzer(model, local.orElse(null), events.orElse(null));
        } catch (ModelLoadException | RuntimeException e) {
            local.ifPresent(LocalStage::close);
            events.ifPresent(TrackEventModel::close);
            throw e;
        }
    }

    private static void closeQuietly(LoadedModel model) {
        try {
            model.close();
        } catch (Exception ignored) {
            // The model was refused; failing to free it changes nothing for the user.
        }
    }
}
