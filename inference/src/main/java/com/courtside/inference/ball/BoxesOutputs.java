package com.courtside.inference.ball;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.courtside.inference.ball.BoxesDecoder.Box;
import com.courtside.inference.ball.BoxesDecoder.ClassScores;
import com.courtside.inference.ball.BoxesDecoder.Classes;
import com.courtside.inference.onnx.LoadedModel;
import com.courtside.inference.onnx.ModelLoadException;
import com.courtside.inference.onnx.ModelManifest;
import com.courtside.inference.onnx.TensorSpec;

import java.nio.FloatBuffer;
import java.util.List;
import java.util.Locale;

/**
 * The tensors of a box detector ({@code ball-boxes}, {@code person-boxes}), checked against its manifest, and how its
 * outputs become boxes of one class. The manifest's {@code layout} says how to read the outputs: {@code detr} is boxes
 * {@code [N, K, 4]} (normalised cx, cy, w, h) then class logits {@code [N, K, C]}; {@code yolo} is
 * {@code [N, 4 + C, A]} with the box in input pixels (its transposed export {@code [N, A, 4 + C]} is read too). C is
 * the number of labels, or one more for a "no object" or background slot (DETR only). DETR logits are sigmoid-scored
 * unless the logits output's {@code meaning} mentions "softmax" (classic DETR).
 */
public sealed interface BoxesOutputs {

    /** Boxes of the chosen class scoring at least {@code floor}, in model-input pixels, best first. */
    List<Box> decode(OrtSession.Result out, float floor) throws OrtException;

    /**
     * Checks the outputs of the manifest's layout.
     *
     * @param task   the contract's name for messages, "ball-boxes"
     * @param target the index among the labels of the class wanted
     */
    static BoxesOutputs check(LoadedModel model, ModelManifest m, String task, int target) throws ModelLoadException {
        String layout = m.layout() == null ? "" : m.layout().toLowerCase(Locale.ROOT);
        return switch (layout) {
            case "detr" -> Detr.check(model, m, task, target);
            case "yolo" -> Yolo.check(model, m, task, target);
            default -> throw refuse(model, "The manifest of " + model.file().getFileName() + " has \"layout\" "
                    + (m.layout() == null ? "missing" : "'" + m.layout() + "'")
                    + "; a " + task + " model needs \"detr\" (boxes and class logits) or \"yolo\" ([N, 4+C, A]).");
        };
    }

    /** Checks the single image input {@code [N, 3, H, W]} at the manifest's size; returns its name. */
    static String checkInput(LoadedModel model, ModelManifest m, String task) throws ModelLoadException {
        int width = m.inputWidth();
        int height = m.inputHeight();
        if (m.inputs().size() != 1) {
            throw refuse(model, "A " + task + " model takes one input, the image; the manifest of "
                    + model.file().getFileName() + " lists " + m.inputs().size() + ".");
        }
        TensorSpec input = m.inputs().get(0);
        List<Long> expected = List.of(-1L, 3L, (long) height, (long) width);
        if (!TensorSpec.shapeFits(input.shape(), expected)) {
            throw refuse(model, "input '" + input.name() + "' has shape " + TensorSpec.shapeText(input.shape())
                    + " but a " + task + " model of " + width + "x" + height + " takes "
                    + TensorSpec.shapeText(expected) + " (RGB planes).");
        }
        checkFloat(model, input, "input", task);
        return input.name();
    }

    private static ModelLoadException refuse(LoadedModel model, String message) {
        return new ModelLoadException(model.file(), message);
    }

    private static void checkFloat(LoadedModel model, TensorSpec spec, String role, String task)
            throws ModelLoadException {
        if (spec.type() != null && !spec.type().equalsIgnoreCase("float32")) {
            throw refuse(model, role + " '" + spec.name() + "' is " + spec.type() + "; a " + task
                    + " model must use float32. Export it again without half precision.");
        }
    }

    /**
     * A class dimension of {@code count} as {@link Classes}, or null where it does not fit the labels; a free (-1)
     * dimension never fits, since the decoder must know where one box's scores end.
     *
     * @param extraSlot whether one class more than the labels is allowed (DETR's "no object", RF-DETR's background)
     */
    private static Classes classesFor(long count, List<String> labels, boolean extraSlot, int target) {
        boolean fits = count == labels.size() || extraSlot && count == labels.size() + 1;
        return fits ? new Classes((int) count, target) : null;
    }

    private static float[] values(OrtSession.Result out, String name) throws OrtException {
        FloatBuffer buffer = ((OnnxTensor) out.get(name).orElseThrow()).getFloatBuffer();
        float[] values = new float[buffer.remaining()];
        buffer.get(values);
        return values;
    }

    /** DETR / RF-DETR: boxes then class logits. */
    record Detr(String boxes, String logits, Classes classes, ClassScores scores, int width, int height)
            implements BoxesOutputs {

        static Detr check(LoadedModel model, ModelManifest m, String task, int target) throws ModelLoadException {
            if (m.outputs().size() != 2) {
                throw refuse(model, "A detr-layout model gives two outputs, boxes [N, K, 4] then class logits "
                        + "[N, K, C]; the manifest of " + model.file().getFileName() + " lists " + m.outputs().size()
                        + ".");
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
                    ? classesFor(logits.shape().get(2), labels, true, target) : null;
            if (classes == null) {
                throw refuse(model, "output '" + logits.name() + "' has shape " + TensorSpec.shapeText(logits.shape())
                        + " but a detr-layout model with " + labels.size() + " labels " + labels + " gives class "
                        + "logits as [N, " + (queries < 0 ? "K" : queries) + ", " + labels.size() + "]"
                        + " (or one class more for \"no object\").");
            }
            checkFloat(model, boxes, "output", task);
            checkFloat(model, logits, "output", task);
            boolean softmax = logits.meaning() != null && logits.meaning().toLowerCase(Locale.ROOT).contains("softmax");
            return new Detr(boxes.name(), logits.name(), classes, softmax ? ClassScores.SOFTMAX : ClassScores.SIGMOID,
                    m.inputWidth(), m.inputHeight());
        }

        @Override
        public List<Box> decode(OrtSession.Result out, float floor) throws OrtException {
            return BoxesDecoder.decodeDetr(values(out, boxes), values(out, logits), classes, scores, width, height,
                    floor);
        }
    }

    /** YOLO: one output, channels first or (transposed export) anchors first. */
    record Yolo(String name, Classes classes, boolean anchorsFirst) implements BoxesOutputs {

        static Yolo check(LoadedModel model, ModelManifest m, String task, int target) throws ModelLoadException {
            if (m.outputs().size() != 1) {
                throw refuse(model, "A yolo-layout model gives one output, [N, 4+C, A]; the manifest of "
                        + model.file().getFileName() + " lists " + m.outputs().size() + ".");
            }
            TensorSpec output = m.outputs().get(0);
            List<String> labels = m.labels();
            List<Long> shape = output.shape();
            boolean rank3 = shape != null && shape.size() == 3;
            Classes channelsFirst = rank3 ? classesFor(shape.get(1) - 4, labels, false, target) : null;
            Classes anchorsFirst = rank3 && channelsFirst == null
                    ? classesFor(shape.get(2) - 4, labels, false, target) : null;
            if (channelsFirst == null && anchorsFirst == null) {
                throw refuse(model, "output '" + output.name() + "' has shape " + TensorSpec.shapeText(shape)
                        + " but a yolo-layout model with " + labels.size() + " labels " + labels + " gives "
                        + "[N, " + (4 + labels.size()) + ", A]: cx, cy, w, h, then one score per label, for each of A "
                        + "anchors.");
            }
            checkFloat(model, output, "output", task);
            return channelsFirst != null ? new Yolo(output.name(), channelsFirst, false)
                    : new Yolo(output.name(), anchorsFirst, true);
        }

        @Override
        public List<Box> decode(OrtSession.Result out, float floor) throws OrtException {
            return BoxesDecoder.decodeYolo(values(out, name), classes, anchorsFirst, floor);
        }
    }
}
