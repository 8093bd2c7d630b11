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

    public static String shapeText(List<Long> dims) {
        return dims == null ? "[?]" : dims.stream().map(d -> d < 0 ? "N" : Long.toString(d))
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
