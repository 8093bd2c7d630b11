package com.courtside.inference.shooter;

import com.courtside.inference.onnx.FrameNormaliser;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.courtside.inference.analysis.ModelRunException;
import com.courtside.inference.onnx.Device;
import com.courtside.inference.onnx.LoadedModel;
import com.courtside.inference.onnx.ModelLoadException;
import com.courtside.inference.onnx.OnnxRuntime;
import com.courtside.inference.video.FrameImage;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs a {@code shooter} model (dual-stream contract, {@link ShooterContract}) on one shot at a time: the window's
 * 16 frames decoded at 224×224 and normalised as for the game-state model, and the shot's track heatmaps, give five
 * logits, softmaxed into {@link ShooterScores}. The one owner of its session and of the input buffers it reuses
 * between shots: use it from one thread, close it when done; {@link #cancel} may come from another thread.
 */
public final class ShooterModel implements AutoCloseable {

    private static final int PLANE = TrackHeatmaps.SIZE * TrackHeatmaps.SIZE;
    private static final int VIDEO_LENGTH = ShooterWindow.FRAMES * 3 * PLANE;
    private static final long[] VIDEO_SHAPE = {1, ShooterWindow.FRAMES, 3, TrackHeatmaps.SIZE, TrackHeatmaps.SIZE};
    private static final long[] TRACKS_SHAPE = {1, ShooterWindow.FRAMES, TrackHeatmaps.GRID, TrackHeatmaps.GRID,
            TrackHeatmaps.CHANNELS};

    private final LoadedModel model;
    private final String outputName;
    private final FrameNormaliser normaliser;
    private FloatBuffer video;
    private FloatBuffer tracks;

    public ShooterModel(LoadedModel model) throws ModelLoadException {
        this.model = model;
        this.outputName = ShooterContract.check(model.manifest(), model.file());
        this.normaliser = FrameNormaliser.of(model.manifest(), model.file());
    }

    public static ShooterModel open(Path onnx, Device device, int threads) throws ModelLoadException {
        LoadedModel model = OnnxRuntime.open(onnx, device, threads);
        try {
            return new ShooterModel(model);
        } catch (ModelLoadException e) {
            try {
                model.close();
            } catch (OrtException ignored) {
                // the refusal is what the user needs to see
            }
            throw e;
        }
    }

    /** What produced a score: "model NAME". */
    public String method() {
        return "model " + model.manifest().name();
    }

    public LoadedModel model() {
        return model;
    }

    /**
     * The scores of one shot.
     *
     * @param frames   the window's 16 frames, oldest first, 224×224 BGRA ({@link WindowFrames})
     * @param heatmaps the shot's {@link TrackHeatmaps}, {@link TrackHeatmaps#LENGTH} floats
     */
    public ShooterScores score(FrameImage[] frames, float[] heatmaps) {
        if (frames.length != ShooterWindow.FRAMES) {
            throw new IllegalArgumentException("a shot needs " + ShooterWindow.FRAMES + " frames, got "
                    + frames.length);
        }
        if (heatmaps.length != TrackHeatmaps.LENGTH) {
            throw new IllegalArgumentException("need " + TrackHeatmaps.LENGTH + " heatmap values, got "
                    + heatmaps.length);
        }
        if (video == null) {
            // Direct buffers: ONNX Runtime reads them in place instead of copying 9.6 MB per shot.
            video = ByteBuffer.allocateDirect(4 * VIDEO_LENGTH).order(ByteOrder.nativeOrder()).asFloatBuffer();
            tracks = ByteBuffer.allocateDirect(4 * TrackHeatmaps.LENGTH).order(ByteOrder.nativeOrder())
                    .asFloatBuffer();
        }
        for (int s = 0; s < frames.length; s++) {
            FrameImage frame = frames[s];
            if (frame.width() != TrackHeatmaps.SIZE || frame.height() != TrackHeatmaps.SIZE) {
                throw new IllegalArgumentException("frames must be decoded at " + TrackHeatmaps.SIZE + "×"
                        + TrackHeatmaps.SIZE + ", got " + frame.width() + "×" + frame.height());
            }
            normaliser.normalise(frame, video, s * 3 * PLANE);
        }
        tracks.put(0, heatmaps);
        return infer(frames[0].index());
    }

    private ShooterScores infer(int firstFrame) {
        try (OnnxTensor v = OnnxTensor.createTensor(OnnxRuntime.environment(), video.rewind(), VIDEO_SHAPE);
             OnnxTensor t = OnnxTensor.createTensor(OnnxRuntime.environment(), tracks.rewind(), TRACKS_SHAPE);
             OrtSession.Result out = model.run(Map.of(ShooterContract.VIDEO, v, ShooterContract.TRACKS, t))) {
            float[] logits = ((float[][]) out.get(outputName).orElseThrow().getValue())[0];
            return ShooterScores.fromLogits(logits, method());
        } catch (OrtException e) {
            throw new ModelRunException("The shooter model " + model.manifest().name() + " failed on the shot whose "
                    + "window starts at frame " + firstFrame + ": " + e.getMessage()
                    + ". Try --device cpu, or another model.", e);
        }
    }

    /** Stops a run in progress from another thread; it ends with a {@link ModelRunException}. */
    public void cancel() throws OrtException {
        model.cancel();
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
