package com.courtside.inference.onnx;

import java.nio.file.Path;

/**
 * A model that cannot be used: missing or malformed manifest, unknown task, a file that is not ONNX, or tensors
 * that do not match the manifest. The message says which file and tensor, what was expected and what was found.
 */
public final class ModelLoadException extends Exception {

    private final Path model;

    public ModelLoadException(Path model, String message) {
        this(model, message, null);
    }

    public ModelLoadException(Path model, String message, Throwable cause) {
        super(message, cause);
        this.model = model;
    }

    public Path model() {
        return model;
    }
}
