package com.courtside.inference.analysis;

/** A model failed while analysing (not at load time); the message names the model and the frame. */
public final class ModelRunException extends RuntimeException {

    public ModelRunException(String message, Throwable cause) {
        super(message, cause);
    }
}
