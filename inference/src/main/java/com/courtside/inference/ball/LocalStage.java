package com.courtside.inference.ball;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.courtside.inference.onnx.Device;
import com.courtside.inference.onnx.LoadedModel;
import com.courtside.inference.onnx.ModelBeside;
import com.courtside.inference.onnx.ModelLoadException;
import com.courtside.inference.onnx.ModelTask;
import com.courtside.inference.onnx.OnnxRuntime;
import com.courtside.inference.video.FrameImage;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * TTNet's local stage: a second {@code ball-heatmap} model with the global model's contract, run on a
 * {@link CropWindow} of the full-resolution frames around the global estimate, so its peak is in video pixels.
 * The global model's manifest names it in {@code "localStage"}; it is loaded and checked like any model and must
 * take the same frames at the same size. The one owner of its native session: close it.
 */
public final class LocalStage implements AutoCloseable {

    private final LoadedModel model;
    private final HeatmapContract contract;
    private final float threshold;
    private final FloatBuffer input;

    private LocalStage(LoadedModel model, HeatmapContract contract) {
        this.model = model;
        this.contract = contract;
        this.threshold = (float) model.manifest().thresholdOrDefault();
        int values = 3 * contract.frames() * contract.width() * contract.height();
        this.input = ByteBuffer.allocateDirect(4 * values).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    /**
     * Loads the local stage {@code global}'s manifest names, on the same device, and checks it against the global
     * contract; empty when the manifest names none.
     *
     * @throws ModelLoadException when the named file is missing, is no model, does not match its own manifest or
     *                            does not take what the global model takes; the message says which and how to go on
     */
    public static Optional<LocalStage> open(LoadedModel global, HeatmapContract globalContract, Device device,
                                            int threads) throws ModelLoadException {
        Path globalFile = global.file();
        return ModelBeside.open(global, global.manifest().localStageBeside(globalFile), "local stage",
                "remove \"localStage\" from the manifest, or run without the local stage (--no-local-stage, or "
                        + "-Dcourtside.localStage=off for the window).", device, threads, model -> {
                    Path file = model.file();
                    if (model.manifest().modelTask() != ModelTask.BALL_HEATMAP) {
                        throw new ModelLoadException(file, file.getFileName() + " is a '" + model.manifest().task()
                                + "' model; a local stage is a 'ball-heatmap' model like the global stage.");
                    }
                    HeatmapContract local = HeatmapContract.of(model);
                    if (local.frames() != globalContract.frames() || local.width() != globalContract.width()
                            || local.height() != globalContract.height() || local.target() != globalContract.target()) {
                        throw new ModelLoadException(file, "input '" + local.inputName() + "' of the local stage "
                                + file.getFileName() + " takes " + local.describe() + ", but the global stage "
                                + globalFile.getFileName() + " takes " + globalContract.describe()
                                + "; a local stage must have the global stage's contract.");
                    }
                    return new LocalStage(model, local);
                });
    }

    public HeatmapContract contract() {
        return contract;
    }

    public String name() {
        return model.manifest().name();
    }

    public String sha256() {
        return model.sha256();
    }

    /** The score from which the local peak replaces the global position (the local manifest's threshold). */
    public float threshold() {
        return threshold;
    }

    /** Whether a video of this size leaves room for the crop; a smaller one gains nothing from a local stage. */
    public boolean fits(int videoWidth, int videoHeight) {
        return CropWindow.fits(contract.width(), contract.height(), videoWidth, videoHeight);
    }

    /**
     * Runs the local model on the window's full-resolution frames (oldest first) cropped around the global
     * estimate ({@code x}, {@code y}, video pixels); returns its peak in video pixels, whatever its confidence.
     *
     * @throws OrtException when the engine fails
     */
    public HeatmapDecoder.Peak refine(List<FrameImage> window, double x, double y) throws OrtException {
        if (window.size() != contract.frames()) {
            throw new IllegalArgumentException(window.size() + " frames, the local stage takes " + contract.frames());
        }
        FrameImage first = window.get(0);
        CropWindow crop = CropWindow.around(x, y, contract.width(), contract.height(), first.width(), first.height());
        input.clear();
        for (FrameImage frame : window) {
            crop.toPlanes(frame, input);
        }
        input.flip();
        try (OnnxTensor tensor = OnnxTensor.createTensor(OnnxRuntime.environment(), input, contract.inputShape());
             OrtSession.Result out = model.run(Map.of(contract.inputName(), tensor))) {
            float[] row = ((float[][]) out.get(contract.heatmapName()).orElseThrow().getValue())[0];
            HeatmapDecoder.Peak peak = HeatmapDecoder.decode(row, contract.width(), contract.height());
            // One local model pixel is one video pixel: no scaling, only the crop's offset.
            return new HeatmapDecoder.Peak(crop.x() + peak.x(), crop.y() + peak.y(), peak.confidence());
        }
    }

    @Override
    public void close() {
        ModelBeside.closeQuietly(model);
    }

}
