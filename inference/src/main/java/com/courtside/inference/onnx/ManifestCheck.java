package com.courtside.inference.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares a manifest with the tensors the ONNX session really has: every named input and output must exist with
 * the stated element type and rank, and every fixed dimension must agree. Reports every mismatch, each naming the
 * tensor, what the manifest expects and what the model has.
 */
final class ManifestCheck {

    private ManifestCheck() {
    }

    static void check(Path model, ModelManifest manifest, OrtSession session) throws ModelLoadException {
        List<String> problems = new ArrayList<>();
        try {
            compare("input", manifest.inputs(), session.getInputInfo(), problems);
            compare("output", manifest.outputs(), session.getOutputInfo(), problems);
        } catch (OrtException e) {
            throw new ModelLoadException(model, "Cannot read the tensors of " + model.getFileName() + ": " + e.getMessage(), e);
        }
        if (!problems.isEmpty()) {
            throw new ModelLoadException(model, "The model " + model.getFileName() + " does not match its manifest "
                    + ModelManifest.pathFor(model).getFileName() + ": " + String.join("; ", problems) + ".");
        }
    }

    private static void compare(String role, List<TensorSpec> specs, Map<String, NodeInfo> actual, List<String> problems) {
        for (TensorSpec spec : specs) {
            NodeInfo node = actual.get(spec.name());
            if (node == null) {
                problems.add(role + " '" + spec.name() + "' is missing (the model's " + role + "s are "
                        + String.join(", ", actual.keySet()) + ")");
                continue;
            }
            if (!(node.getInfo() instanceof TensorInfo info)) {
                problems.add(role + " '" + spec.name() + "' is not a tensor");
                continue;
            }
            String type = typeName(info.type);
            if (spec.type() != null && !spec.type().equalsIgnoreCase(type)) {
                problems.add(role + " '" + spec.name() + "' should be " + spec.type() + " but is " + type);
            }
            long[] dims = info.getShape();
            List<Long> expected = spec.shape();
            if (expected != null && !shapesAgree(expected, dims)) {
                problems.add(role + " '" + spec.name() + "' should have shape " + TensorSpec.shapeText(expected)
                        + " but has " + TensorSpec.shapeText(Arrays.stream(dims).boxed().toList()));
            }
        }
    }

    /** Same rank, and each dimension equal unless one side leaves it free (-1). */
    static boolean shapesAgree(List<Long> expected, long[] actual) {
        if (expected.size() != actual.length) {
            return false;
        }
        for (int i = 0; i < actual.length; i++) {
            long e = expected.get(i);
            if (e >= 0 && actual[i] >= 0 && e != actual[i]) {
                return false;
            }
        }
        return true;
    }

    static String typeName(OnnxJavaType type) {
        return switch (type) {
            case FLOAT -> "float32";
            case DOUBLE -> "float64";
            case FLOAT16 -> "float16";
            case BFLOAT16 -> "bfloat16";
            case INT8 -> "int8";
            case INT16 -> "int16";
            case INT32 -> "int32";
            case INT64 -> "int64";
            case UINT8 -> "uint8";
            case BOOL -> "bool";
            case STRING -> "string";
            default -> type.name().toLowerCase(Locale.ROOT);
        };
    }
}
