package com.courtside.inference.analysis;

import ai.onnxruntime.OrtException;
import com.courtside.inference.onnx.LoadedModel;

/** What every model-backed analyzer shares: it owns its model, names it, and frees it on close. */
abstract class ModelAnalyzer implements BallAnalyzer {

    protected final LoadedModel model;

    ModelAnalyzer(LoadedModel model) {
        this.model = model;
    }

    @Override
    public String modelSha256() {
        return model.sha256();
    }

    public LoadedModel model() {
        return model;
    }

    @Override
    public String describe() {
        return "model " + model.manifest().name() + " on " + model.provider();
    }

    @Override
    public String statusText() {
        return model.statusText();
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
