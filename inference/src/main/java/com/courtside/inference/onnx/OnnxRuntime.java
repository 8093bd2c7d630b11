package com.courtside.inference.onnx;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens models on the one ONNX Runtime environment of the process (never closed). CUDA is tried first when the
 * device allows it, by creating a session with the CUDA provider; {@code getAvailableProviders()} is not trusted,
 * since the GPU build lists CUDA even where no CUDA is installed. On failure the CPU serves, and the reason is
 * kept for the status bar.
 */
public final class OnnxRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(OnnxRuntime.class);

    private OnnxRuntime() {
    }

    public static OrtEnvironment environment() {
        return OrtEnvironment.getEnvironment();
    }

    /**
     * Loads {@code model} with its manifest, on {@code device}, with {@code threads} intra-op threads (0: ONNX
     * Runtime's default), and checks the manifest against the session's real tensors.
     */
    public static LoadedModel open(Path model, Device device, int threads) throws ModelLoadException {
        if (!Files.isRegularFile(model)) {
            throw new ModelLoadException(model, "No model file at " + model.toAbsolutePath()
                    + ". Give the path of a .onnx file that has its .model.json manifest beside it.");
        }
        ModelManifest manifest = ModelManifest.readFor(model);
        OrtEnvironment env = environment();
        String fallback = null;
        OrtSession session = null;
        String provider = "CPU";
        if (device.wantsCuda()) {
            try (OrtSession.SessionOptions options = options(threads)) {
                options.addCUDA(device.index());
                session = env.createSession(model.toString(), options);
                provider = "CUDA:" + device.index();
            } catch (OrtException | RuntimeException e) {
                fallback = "CUDA not available: " + firstLine(e.getMessage());
                LOG.info("{}: {}; using the CPU", model.getFileName(), fallback);
            }
        }
        if (session == null) {
            try (OrtSession.SessionOptions options = options(threads)) {
                session = env.createSession(model.toString(), options);
            } catch (OrtException e) {
                throw new ModelLoadException(model, "'" + model.getFileName() + "' is not a model ONNX Runtime can load ("
                        + firstLine(e.getMessage()) + "). Export it again as ONNX (opset 13 or newer).", e);
            }
        }
        try {
            ManifestCheck.check(model, manifest, session);
            return new LoadedModel(model, manifest, session, provider, device.kind() == Device.Kind.CPU ? null : fallback);
        } catch (ModelLoadException e) {
            closeQuietly(session);
            throw e;
        } catch (OrtException e) {
            closeQuietly(session);
            throw new ModelLoadException(model, "Cannot prepare " + model.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static OrtSession.SessionOptions options(int threads) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        if (threads > 0) {
            options.setIntraOpNumThreads(threads);
        }
        return options;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int nl = message.indexOf('\n');
        String line = (nl < 0 ? message : message.substring(0, nl)).trim();
        // ONNX Runtime prefixes "Error code - ORT_X - message: "; the user needs only the message.
        int m = line.indexOf("message: ");
        return m >= 0 ? line.substring(m + 9) : line;
    }

    private static void closeQuietly(OrtSession session) {
        try {
            session.close();
        } catch (OrtException ignored) {
            // The session was refused; nothing the user can do about a failure to free it.
        }
    }
}
