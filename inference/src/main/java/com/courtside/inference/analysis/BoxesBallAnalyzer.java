package com.courtside.inference.analysis;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.courtside.inference.ball.BoxesDecoder;
import com.courtside.inference.ball.BoxesDecoder.Box;
import com.courtside.inference.ball.BoxesDecoder.ClassScores;
import com.courtside.inference.ball.BoxesDecoder.Classes;
import com.courtside.inference.ball.BoxesInput;
import com.courtside.inference.events.TrajectoryEvents;
import com.courtside.inference.onnx.LoadedModel;
import com.courtside.inference.onnx.ModelLoadException;
import com.courtside.inference.onnx.ModelManifest;
import com.courtside.inference.onnx.ModelTask;
import com.courtside.inference.onnx.OnnxRuntime;
import com.courtside.inference.onnx.TensorSpec;
import com.courtside.inference.track.BallTracker;
import com.courtside.inference.track.Candidate;
import com.courtside.inference.track.TrackResult;
import com.courtside.inference.track.TrackerSettings;
import com.courtside.inference.video.FrameImage;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoDecoder;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.VideoFacts;
import com.courtside.timeline.task.ProgressListener;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the ball with a {@code ball-boxes} model (RF-DETR, DETR or YOLO export): each frame is decoded at the
 * model's size on the decoder's own thread, run through the model alone, and every ball box scoring at least the
 * threshold goes to the Kalman tracker, which picks the one that fits the flight and bridges misses. Bounces come
 * from the trajectory, since box models have no event head.
 *
 * <p>The manifest's {@code layout} says how to read the outputs: {@code detr} is boxes {@code [N, K, 4]}
 * (normalised cx, cy, w, h) then class logits {@code [N, K, C]}; {@code yolo} is {@code [N, 4 + C, A]} with the
 * box in input pixels (its transposed export {@code [N, A, 4 + C]} is read too). C is the number of labels, or one
 * more for a "no object" or background slot. DETR logits are sigmoid-scored unless the logits output's
 * {@code meaning} mentions "softmax" (classic DETR).
 */
public final class BoxesBallAnalyzer extends ModelAnalyzer {

    /** Bump when the pre- or post-processing changes: it is part of every cache key. */
    static final String VERSION = "boxes-1";
    private static final int PROGRESS_EVERY = 8;

    private final int width;
    private final int height;
    private final float threshold;
    private final String inputName;
    private final BoxesInput.Encoding encoding;
    private final Outputs outputs;

    public BoxesBallAnalyzer(LoadedModel model) throws ModelLoadException {
        super(model);
        ModelManifest m = model.manifest();
        if (m.modelTask() != ModelTask.BALL_BOXES) {
            throw refuse(model, model.file().getFileName() + " is a '" + m.task()
                    + "' model; finding the ball with boxes needs a 'ball-boxes' model (or a 'ball-heatmap' one).");
        }
        if (m.inputWidth() == null || m.inputHeight() == null || m.labels() == null || m.labels().isEmpty()) {
            throw refuse(model, "The manifest of " + model.file().getFileName()
                    + " must give \"inputWidth\", \"inputHeight\" and the class \"labels\" for a ball-boxes model.");
        }
        width = m.inputWidth();
        height = m.inputHeight();
        threshold = (float) m.thresholdOrDefault();
        inputName = checkInput(model, m);
        encoding = encoding(model, m);
        String layout = m.layout() == null ? "" : m.layout().toLowerCase(Locale.ROOT);
        outputs = switch (layout) {
            case "detr" -> DetrOutputs.check(model, m);
            case "yolo" -> YoloOutputs.check(model, m);
            default -> throw refuse(model, "The manifest of " + model.file().getFileName() + " has \"layout\" "
                    + (m.layout() == null ? "missing" : "'" + m.layout() + "'")
                    + "; a ball-boxes model needs \"detr\" (boxes and class logits) or \"yolo\" ([N, 4+C, A]).");
        };
    }

    private static ModelLoadException refuse(LoadedModel model, String message) {
        return new ModelLoadException(model.file(), message);
    }

    private static String checkInput(LoadedModel model, ModelManifest m) throws ModelLoadException {
        int width = m.inputWidth();
        int height = m.inputHeight();
        if (m.inputs().size() != 1) {
            throw refuse(model, "A ball-boxes model takes one input, the image; the manifest of "
                    + model.file().getFileName() + " lists " + m.inputs().size() + ".");
        }
        TensorSpec input = m.inputs().get(0);
        List<Long> expected = List.of(-1L, 3L, (long) height, (long) width);
        if (!TensorSpec.shapeFits(input.shape(), expected)) {
            throw refuse(model, "input '" + input.name() + "' has shape " + TensorSpec.shapeText(input.shape())
                    + " but a ball-boxes model of " + width + "x" + height + " takes "
                    + TensorSpec.shapeText(expected) + " (RGB planes).");
        }
        checkFloat(model, input, "input");
        return input.name();
    }

    private static void checkFloat(LoadedModel model, TensorSpec spec, String role) throws ModelLoadException {
        if (spec.type() != null && !spec.type().equalsIgnoreCase("float32")) {
            throw refuse(model, role + " '" + spec.name() + "' is " + spec.type()
                    + "; a ball-boxes model must use float32. Export it again without half precision.");
        }
    }

    private static BoxesInput.Encoding encoding(LoadedModel model, ModelManifest m) throws ModelLoadException {
        try {
            return BoxesInput.Encoding.of(m.colorOrder(), m.normalization());
        } catch (IllegalArgumentException e) {
            throw refuse(model, "The manifest of " + model.file().getFileName() + " cannot be used: " + e.getMessage() + ".");
        }
    }

    /**
     * A class dimension of {@code count} as {@link Classes}, or null where it does not fit the labels; a free (-1)
     * dimension never fits, since the decoder must know where one box's scores end.
     *
     * @param extraSlot whether one class more than the labels is allowed (DETR's "no object", RF-DETR's background)
     */
    private static Classes classesFor(long count, List<String> labels, boolean extraSlot) {
        boolean fits = count == labels.size() || extraSlot && count == labels.size() + 1;
        return fits ? new Classes((int) count, BoxesDecoder.ballIndex(labels)) : null;
    }

    @Override
    public String methodId() {
        return VERSION + "-" + model.sha256().substring(0, 16)
                + String.format(Locale.ROOT, "-t%.3f", threshold).replace(',', '.');
    }

    @Override
    public AnalysisResult run(OpenedVideo video, int threads, ProgressListener progress) throws VideoOpenException {
        VideoFacts facts = video.facts();
        int total = facts.frameCount();
        BoxesInput input = new BoxesInput(width, height, encoding);
        double sx = facts.width() / (double) width;
        double sy = facts.height() / (double) height;
        BallTracker tracker = new BallTracker(TrackerSettings.forVideo(facts.width(), facts.height(), facts.fpsValue()));
        TrackResult result = new TrackResult(total);
        long start = System.nanoTime();
        long decodeNs = 0;
        long prepareNs = 0;
        long inferNs = 0;
        long trackNs = 0;
        int tracked = 0;
        int next = 0;
        try (VideoDecoder decoder = VideoDecoder.openScaled(video, width, height, threads)) {
            FrameImage frame = decoder.newFrame();
            while (next < total) {
                long t0 = System.nanoTime();
                boolean more = decoder.next(frame);
                long t1 = System.nanoTime();
                decodeNs += t1 - t0;
                if (!more) {
                    break;       // the video ended early: the frames left get the tracker's coasting below
                }
                input.put(frame);
                long t2 = System.nanoTime();
                prepareNs += t2 - t1;
                List<Candidate> candidates = candidates(input, next, sx, sy, progress);
                long t3 = System.nanoTime();
                inferNs += t3 - t2;
                var sample = tracker.update(next, candidates);
                result.record(next, sample);
                tracked += sample != null ? 1 : 0;
                trackNs += System.nanoTime() - t3;
                next++;
                if (next % PROGRESS_EVERY == 0) {
                    progress.checkCancelled();
                    progress.progress(next, total, ProgressText.of(next, total, System.nanoTime() - start));
                }
            }
        }
        for (; next < total; next++) {
            var sample = tracker.update(next, List.of());
            result.record(next, sample);
            tracked += sample != null ? 1 : 0;
        }
        long elapsed = System.nanoTime() - start;
        progress.progress(total, total, ProgressText.of(total, total, elapsed));
        List<MatchEvent> events = TrajectoryEvents.detect(result.ballTrack(), result.predictedColumn(),
                facts.fpsValue(), facts.width(), facts.height(), null);
        return new AnalysisResult(facts, result, events, describe() + ", bounces from the trajectory", tracked,
                elapsed, new StageTimes(decodeNs, prepareNs, inferNs, trackNs));
    }

    /** Runs the model on one prepared frame; every ball box at or above the threshold, in video pixels. */
    private List<Candidate> candidates(BoxesInput input, int frame, double sx, double sy, ProgressListener progress) {
        List<Box> boxes;
        try (OnnxTensor tensor = OnnxTensor.createTensor(OnnxRuntime.environment(), input.buffer(), input.shape());
             OrtSession.Result out = model.run(Map.of(inputName, tensor))) {
            boxes = outputs.decode(out, threshold);
        } catch (OrtException e) {
            progress.checkCancelled();
            throw new ModelRunException("The model " + model.manifest().name() + " failed on frame " + frame
                    + ": " + e.getMessage() + ". Try --device cpu, or another model.", e);
        } catch (IllegalArgumentException e) {
            throw new ModelRunException("The model " + model.manifest().name() + " gave output that does not fit "
                    + "its manifest on frame " + frame + ": " + e.getMessage() + ".", e);
        }
        List<Candidate> candidates = new ArrayList<>(boxes.size());
        for (Box box : boxes) {
            // Pixel centres map back as (x + 0.5) * scale - 0.5 (the decoder scales bilinearly).
            float x = (float) ((box.x() + 0.5) * sx - 0.5);
            float y = (float) ((box.y() + 0.5) * sy - 0.5);
            if (Float.isFinite(x) && Float.isFinite(y)) {
                candidates.add(new Candidate(x, y, box.score()));
            }
        }
        return candidates;
    }

    private static float[] values(OrtSession.Result out, String name) throws OrtException {
        FloatBuffer buffer = ((OnnxTensor) out.get(name).orElseThrow()).getFloatBuffer();
        float[] values = new float[buffer.remaining()];
        buffer.get(values);
        return values;
    }

    /** How one layout's outputs become ball boxes in model-input pixels. */
    private sealed interface Outputs permits DetrOutputs, YoloOutputs {
        List<Box> decode(OrtSession.Result out, float floor) throws OrtException;
    }

    private record DetrOutputs(String boxes, String logits, Classes classes, ClassScores scores, int width, int height)
            implements Outputs {

        static DetrOutputs check(LoadedModel model, ModelManifest m) throws ModelLoadException {
            if (m.outputs().size() != 2) {
                throw refuse(model, "A detr-layout model gives two outputs, boxes [N, K, 4] then class logits "
                        + "[N, K, C]; the manifest of " + model.file().getFileName() + " lists " + m.outputs().size() + ".");
            }
            TensorSpec boxes = m.outputs().get(0);
            TensorSpec logits = m.outputs().get(1);
            if (!TensorSpec.shapeFits(boxes.shape(), List.of(-1L, -1L, 4L)) || boxes.shape().get(2) != 4) {
                throw refuse(model, "output '" + boxes.name() + "' has shape " + TensorSpec.shapeText(boxes.shape())
                        + " but a detr-layout model gives boxes as [N, K, 4] (cx, cy, w, h, normalised).");
            }
            long queries = boxes.shape().get(1);
            List<String> labels = m.labels();
            Classes classes = TensorSpec.shapeFits(logits.shape(), List.of(-1L, queries, -1L))
                    ? classesFor(logits.shape().get(2), labels, true) : null;
            if (classes == null) {
                throw refuse(model, "output '" + logits.name() + "' has shape " + TensorSpec.shapeText(logits.shape())
                        + " but a detr-layout model with " + labels.size() + " labels " + labels + " gives class logits as "
                        + "[N, " + (queries < 0 ? "K" : queries) + ", " + labels.size() + "]"
                        + " (or one class more for \"no object\").");
            }
            checkFloat(model, boxes, "output");
            checkFloat(model, logits, "output");
            boolean softmax = logits.meaning() != null && logits.meaning().toLowerCase(Locale.ROOT).contains("softmax");
            return new DetrOutputs(boxes.name(), logits.name(), classes,
                    softmax ? ClassScores.SOFTMAX : ClassScores.SIGMOID, m.inputWidth(), m.inputHeight());
        }

        @Override
        public List<Box> decode(OrtSession.Result out, float floor) throws OrtException {
            return BoxesDecoder.decodeDetr(values(out, boxes), values(out, logits), classes, scores, width, height, floor);
        }
    }

    private record YoloOutputs(String name, Classes classes, boolean anchorsFirst) implements Outputs {

        /** The contract's [N, 4+C, A]; failing that, the transposed [N, A, 4+C] some exports give. */
        static YoloOutputs check(LoadedModel model, ModelManifest m) throws ModelLoadException {
            if (m.outputs().size() != 1) {
                throw refuse(model, "A yolo-layout model gives one output, [N, 4+C, A]; the manifest of "
                        + model.file().getFileName() + " lists " + m.outputs().size() + ".");
            }
            TensorSpec output = m.outputs().get(0);
            List<String> labels = m.labels();
            List<Long> shape = output.shape();
            boolean rank3 = shape != null && shape.size() == 3;
            Classes channelsFirst = rank3 ? classesFor(shape.get(1) - 4, labels, false) : null;
            Classes anchorsFirst = rank3 && channelsFirst == null ? classesFor(shape.get(2) - 4, labels, false) : null;
            if (channelsFirst == null && anchorsFirst == null) {
                throw refuse(model, "output '" + output.name() + "' has shape " + TensorSpec.shapeText(shape)
                        + " but a yolo-layout model with " + labels.size() + " labels " + labels + " gives "
                        + "[N, " + (4 + labels.size()) + ", A]: cx, cy, w, h, then one score per label, for each of A anchors.");
            }
            checkFloat(model, output, "output");
            return channelsFirst != null ? new YoloOutputs(output.name(), channelsFirst, false)
                    : new YoloOutputs(output.name(), anchorsFirst, true);
        }

        @Override
        public List<Box> decode(OrtSession.Result out, float floor) throws OrtException {
            return BoxesDecoder.decodeYolo(values(out, name), classes, anchorsFirst, floor);
        }
    }
}
