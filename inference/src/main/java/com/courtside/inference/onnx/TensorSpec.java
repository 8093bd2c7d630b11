package com.courtside.inference.onnx;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One input or output tensor as a manifest describes it. A dimension of -1 is free (any size, e.g. the batch).
 *
 * @param type element type as ONNX names it in lower case: float32, float16, int64, uint8, ...
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TensorSpec(String name, String type, List<Long> shape, String meaning) {

    public String describe() {
        return name + " " + type + " " + shapeText(shape);
    }

    /** Same rank, and each dimension equal unless either side leaves it free (-1); false when a shape is unknown. */
    public static boolean shapeFits(List<Long> actual, List<Long> expected) {
        if (actual == null || expected == null || actual.size() != expected.size()) {
            return false;
        }
        for (int i = 0; i < actual.size(); i++) {
            long a = actual.get(i);
            long e = expected.get(i);
            if (a >= 0 && e >= 0 && a != e) {
                return false;
            }
        }
        return true;
    }

    public static String shapeText(List<Long> dims) {
        return dims == null ? "[?]" : dims.stream().map(d -> d < 0 ? "N" : Long.toString(d))
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
