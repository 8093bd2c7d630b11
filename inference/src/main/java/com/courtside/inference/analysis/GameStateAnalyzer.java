package com.courtside.inference.analysis;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.courtside.inference.onnx.Device;
import com.courtside.inference.onnx.FrameNormaliser;
import com.courtside.inference.onnx.LoadedModel;
import com.courtside.inference.onnx.ModelLoadException;
import com.courtside.inference.onnx.ModelManifest;
import com.courtside.inference.onnx.ModelTask;
import com.courtside.inference.onnx.OnnxRuntime;
import com.courtside.inference.onnx.TensorSpec;
import com.courtside.inference.video.FrameImage;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoDecoder;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.timeline.VideoFacts;
import com.courtside.timeline.rally.GameState;
import com.courtside.timeline.rally.GameStateSeries;
import com.courtside.timeline.task.ProgressListener;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@code game-state} model (RallyCut's VideoMAE contract: {@code [N, 16, 3, H, W]} frames, ImageNet
 * normalisation, logits per class) over a video: windows of 16 frames every {@link GameStateSeries#strideFor} frames,
 * footage above 30 fps subsampled to about 30 for the model, decoded at the model's size in one pass. The result is
 * the class probabilities per window, for the rally post-processing and the timeline's play curve.
 */
public final class GameStateAnalyzer implements AutoCloseable {

    /** Part of the method id: change it when what a run computes changes. */
    static final String VERSION = "game-state-1";

    private final LoadedModel model;
    private final int frames;
    private final int width;
    private final int height;
    private final String inputName;
    private final String outputName;
    private final List<GameState> classes;
    private final FrameNormaliser normaliser;

    public GameStateAnalyzer(LoadedModel model) throws ModelLoadException {
        this.model = model;
        ModelManifest m = model.manifest();
        Path file = model.file();
        if (m.modelTask() != ModelTask.GAME_STATE) {
            throw new ModelLoadException(file, file.getFileName() + " is a '" + m.task()
                    + "' model; finding rallies needs a 'game-state' model.");
        }
        if (m.inputWidth() == null || m.inputHeight() == null) {
            throw new ModelLoadException(file, "The manifest of " + file.getFileName()
                    + " must give \"inputWidth\" and \"inputHeight\" for a game-state model.");
        }
        frames = m.frames() == null ? GameStateSeries.WINDOW_FRAMES : m.frames();
        width = m.inputWidth();
        height = m.inputHeight();
        if (frames != GameStateSeries.WINDOW_FRAMES) {
            throw new ModelLoadException(file, "The manifest of " + file.getFileName() + " gives " + frames
                    + " frames; a game-state model takes windows of " + GameStateSeries.WINDOW_FRAMES + ".");
        }
        TensorSpec input = m.inputs().get(0);
        List<Long> expectedInput = List.of(-1L, (long) frames, 3L, (long) height, (long) width);
        if (!TensorSpec.shapeFits(input.shape(), expectedInput)) {
            throw new ModelLoadException(file, "input '" + input.name() + "' has shape "
                    + TensorSpec.shapeText(input.shape()) + " but a game-state model takes "
                    + TensorSpec.shapeText(expectedInput) + " (windows, frames, RGB, height, width).");
        }
        inputName = input.name();
        List<String> labels = m.labels() == null ? List.of("NO_PLAY", "PLAY", "SERVICE") : m.labels();
        List<GameState> parsed = new ArrayList<>();
        for (String label : labels) {
            try {
                parsed.add(GameState.parse(label));
            } catch (IllegalArgumentException e) {
                throw new ModelLoadException(file, "The manifest labels a class '" + label
                        + "', which Courtside does not know; use NO_PLAY, PLAY or SERVICE.");
            }
        }
        classes = List.copyOf(parsed);
        TensorSpec output = m.outputs().get(0);
        List<Long> expectedOutput = List.of(-1L, (long) classes.size());
        if (!TensorSpec.shapeFits(output.shape(), expectedOutput)) {
            throw new ModelLoadException(file, "output '" + output.name() + "' has shape "
                    + TensorSpec.shapeText(output.shape()) + " but the manifest's " + classes.size()
                    + " labels need " + TensorSpec.shapeText(expectedOutput) + ".");
        }
        outputName = output.name();
        normaliser = FrameNormaliser.of(m, file);
    }

    public static GameStateAnalyzer open(Path onnx, Device device, int threads) throws ModelLoadException {
        LoadedModel model = OnnxRuntime.open(onnx, device, threads);
        try {
            return new GameStateAnalyzer(model);
        } catch (ModelLoadException e) {
            try {
                model.close();
            } catch (OrtException ignored) {
                // the refusal is what the user needs to see
            }
            throw e;
        }
    }

    public LoadedModel model() {
        return model;
    }

    public String describe() {
        return "game-state model " + model.manifest().name() + " on " + model.provider();
    }

    /** What a run depends on besides the video: the model and this code. */
    public String methodId() {
        return VERSION + "-" + model.sha256().substring(0, 16);
    }

    /** The probabilities of every window of the video. Cancellable through {@code progress}. */
    public GameStateSeries run(OpenedVideo video, int threads, ProgressListener progress) throws VideoOpenException {
        VideoFacts facts = video.facts();
        double fps = facts.fpsValue();
        int total = facts.frameCount();
        int step = GameStateSeries.subsampleFor(fps);
        int[] starts = GameStateSeries.windowStarts(total, fps);
        int plane = width * height;
        int perFrame = 3 * plane;
        float[][] logits = new float[starts.length][];
        FloatBuffer input = ByteBuffer.allocateDirect(4 * frames * perFrame).order(ByteOrder.nativeOrder())
                .asFloatBuffer();
        long[] shape = {1, frames, 3, height, width};
        int window = 0;
        try (VideoDecoder decoder = VideoDecoder.openScaled(video, width, height, threads)) {
            FrameImage frame = decoder.newFrame();
            for (int f = 0; f < total && window < starts.length; f++) {
                if (!decoder.next(frame)) {
                    break;
                }
                int offset = f - starts[window];
                if (offset < 0 || offset % step != 0) {
                    continue;
                }
                int slot = offset / step;
                normaliser.normalise(frame, input, slot * perFrame);
                if (slot == frames - 1) {
                    input.rewind();
                    logits[window] = infer(input, shape, starts[window]);
                    window++;
                    progress.checkCancelled();
                    progress.progress(f + 1, total, "game state: window " + window + " of " + starts.length);
                }
            }
        }
        if (window < starts.length) {
            int[] done = java.util.Arrays.copyOf(starts, window);
            float[][] kept = java.util.Arrays.copyOf(logits, window);
            return GameStateSeries.fromLogits(fps, total, GameStateSeries.strideFor(fps), done, classes, kept);
        }
        return GameStateSeries.fromLogits(fps, total, GameStateSeries.strideFor(fps), starts, classes, logits);
    }

    private float[] infer(FloatBuffer input, long[] shape, int start) {
        try (OnnxTensor tensor = OnnxTensor.createTensor(OnnxRuntime.environment(), input, shape);
             OrtSession.Result out = model.run(Map.of(inputName, tensor))) {
            return ((float[][]) out.get(outputName).orElseThrow().getValue())[0].clone();
        } catch (OrtException e) {
            throw new ModelRunException("The game-state model " + model.manifest().name() + " failed on the window "
                    + "from frame " + start + ": " + e.getMessage() + ". Try --device cpu, or another model.", e);
        }
    }

    @Override
    public void close() {
        try {
            model.close();
        } catch (OrtException e) {
            // Nothing the user can act on; the process frees the session at exit.
        }
    }
}
