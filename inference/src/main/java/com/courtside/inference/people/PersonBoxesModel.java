package com.courtside.inference.people;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.courtside.inference.analysis.ModelRunException;
import com.courtside.inference.ball.BoxesDecoder.Box;
import com.courtside.inference.ball.BoxesInput;
import com.courtside.inference.ball.BoxesOutputs;
import com.courtside.inference.onnx.Device;
import com.courtside.inference.onnx.LoadedModel;
import com.courtside.inference.onnx.ModelLoadException;
import com.courtside.inference.onnx.ModelManifest;
import com.courtside.inference.onnx.ModelTask;
import com.courtside.inference.onnx.OnnxRuntime;
import com.courtside.inference.video.FrameImage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@code person-boxes} model: the {@code ball-boxes} contract (DETR boxes {@code [N, K, 4]} + class logits
 * {@code [N, K, C]}, or YOLO {@code [N, 4+C, A]}, as the manifest's {@code layout} says) with a "person" label. The
 * pre- and post-processing are the ball's ({@link BoxesInput}, {@link BoxesDecoder}, whose duplicate removal is the
 * IoU-0.5 non-maximum suppression), asked for the person class instead of the ball. Owns the model it is given.
 */
public final class PersonBoxesModel implements AutoCloseable {

    private static final String TASK = "person-boxes";

    private final LoadedModel model;
    private final int size;
    private final float threshold;
    private final String inputName;
    private final BoxesInput input;
    private final BoxesOutputs layout;
    private final FrameImage scaled;

    /** Checks {@code model} against the contract; on refusal the caller still owns (and closes) it. */
    public PersonBoxesModel(LoadedModel model) throws ModelLoadException {
        ModelManifest m = model.manifest();
        String file = model.file().getFileName().toString();
        if (m.modelTask() != ModelTask.PERSON_BOXES) {
            throw refuse(model, file + " is a '" + m.task() + "' model; finding people needs a 'person-boxes' model.");
        }
        if (m.inputWidth() == null || m.inputHeight() == null || !m.inputWidth().equals(m.inputHeight())) {
            throw refuse(model, "The manifest of " + file + " must give a square input (\"inputWidth\" equal to "
                    + "\"inputHeight\") for a person-boxes model.");
        }
        int person = personIndex(m.labels());
        if (person < 0) {
            throw refuse(model, "The manifest of " + file + " has no \"person\" among its labels " + m.labels()
                    + "; a person-boxes model must name its person class \"person\".");
        }
        size = m.inputWidth();
        threshold = (float) m.thresholdOrDefault();
        inputName = BoxesOutputs.checkInput(model, m, TASK);
        try {
            input = new BoxesInput(size, size, BoxesInput.Encoding.of(m.colorOrder(), m.normalization()));
        } catch (IllegalArgumentException e) {
            throw refuse(model, "The manifest of " + file + " cannot be used: " + e.getMessage() + ".");
        }
        layout = BoxesOutputs.check(model, m, TASK, person);
        this.model = model;
        this.scaled = new FrameImage(size, size);
    }

    /** Loads and checks the model at {@code file}; a refused model is closed again. */
    public static PersonBoxesModel open(Path file, Device device, int threads) throws ModelLoadException {
        LoadedModel loaded = OnnxRuntime.open(file, device, threads);
        try {
            return new PersonBoxesModel(loaded);
        } catch (ModelLoadException e) {
            try {
                loaded.close();
            } catch (OrtException ignored) {
                // Refused anyway; a failure to free the session changes nothing for the user.
            }
            throw e;
        }
    }

    /** The side of the square the model takes; decoding at this size spares a rescale per frame. */
    public int inputSize() {
        return size;
    }

    public LoadedModel model() {
        return model;
    }

    public String describe() {
        return model.manifest().name() + " on " + model.provider();
    }

    /** The person boxes of {@code frame}, in its own pixels. */
    public List<PersonBox> detect(FrameImage frame) {
        return detect(frame, frame.width(), frame.height());
    }

    /**
     * The person boxes of {@code frame} (of any size) scaled to a source of {@code sourceWidth × sourceHeight},
     * best first, each above the manifest's threshold, overlapping duplicates (IoU over 0.5) removed.
     *
     * @throws ModelRunException when the engine fails or gives output that does not fit the manifest
     */
    public List<PersonBox> detect(FrameImage frame, int sourceWidth, int sourceHeight) {
        if (frame.width() == size && frame.height() == size) {
            input.put(frame);
        } else {
            FrameScaler.scale(frame, scaled);
            input.put(scaled);
        }
        List<Box> boxes;
        try (OnnxTensor tensor = OnnxTensor.createTensor(OnnxRuntime.environment(), input.buffer(), input.shape());
             OrtSession.Result out = model.run(Map.of(inputName, tensor))) {
            boxes = layout.decode(out, threshold);
        } catch (OrtException e) {
            throw new ModelRunException("The model " + model.manifest().name() + " failed on frame " + frame.index()
                    + ": " + e.getMessage() + ". Try --device cpu, or another model.", e);
        } catch (IllegalArgumentException e) {
            throw new ModelRunException("The model " + model.manifest().name() + " gave output that does not fit "
                    + "its manifest on frame " + frame.index() + ": " + e.getMessage() + ".", e);
        }
        double sx = sourceWidth / (double) size;
        double sy = sourceHeight / (double) size;
        List<PersonBox> people = new ArrayList<>(boxes.size());
        for (Box box : boxes) {
            // The decoder gives pixel-index centres (pixel i's centre at i); boxes are kept in edge coordinates
            // (pixel i spans i..i+1), so a box's left edge is where its first pixel starts.
            float cx = (float) ((box.x() + 0.5) * sx);
            float cy = (float) ((box.y() + 0.5) * sy);
            float w = (float) (box.width() * sx);
            float h = (float) (box.height() * sy);
            if (Float.isFinite(cx) && Float.isFinite(cy) && w > 0 && h > 0 && Float.isFinite(w * h)) {
                people.add(new PersonBox(cx - w / 2, cy - h / 2, w, h, box.score()));
            }
        }
        return people;
    }

    /** Stops a run in progress from another thread; later runs fail until the model is loaded again. */
    public void cancel() throws OrtException {
        model.cancel();
    }

    @Override
    public void close() throws OrtException {
        model.close();
    }

    static int personIndex(List<String> labels) {
        if (labels != null) {
            for (int i = 0; i < labels.size(); i++) {
                if ("person".equalsIgnoreCase(labels.get(i).trim())) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static ModelLoadException refuse(LoadedModel model, String message) {
        return new ModelLoadException(model.file(), message);
    }
}
