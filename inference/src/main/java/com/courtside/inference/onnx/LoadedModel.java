package com.courtside.inference.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.nio.file.Path;
import java.util.Map;

/**
 * An ONNX session with its checked manifest and the provider it runs on. The one owner of the native session:
 * close it when done. {@link #cancel()} stops a run in progress from another thread.
 */
public final class LoadedModel implements AutoCloseable {

    private final Path file;
    private final ModelManifest manifest;
    private final OrtSession session;
    private final String provider;
    private final String fallbackReason;
    private final OrtSession.RunOptions runOptions;
    private String sha256;

    LoadedModel(Path file, ModelManifest manifest, OrtSession session, String provider, String fallbackReason)
            throws OrtException {
        this.file = file;
        this.manifest = manifest;
        this.session = session;
        this.provider = provider;
        this.fallbackReason = fallbackReason;
        this.runOptions = new OrtSession.RunOptions();
    }

    public Path file() {
        return file;
    }

    /** SHA-256 of the model file in hex, computed once; it keys cached results. */
    public synchronized String sha256() {
        if (sha256 == null) {
            try (var in = java.nio.file.Files.newInputStream(file)) {
                var digest = java.security.MessageDigest.getInstance("SHA-256");
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
                sha256 = java.util.HexFormat.of().formatHex(digest.digest());
            } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("cannot read " + file + " again: " + e.getMessage(), e);
            }
        }
        return sha256;
    }

    public ModelManifest manifest() {
        return manifest;
    }

    /** "CPU" or "CUDA:N". */
    public String provider() {
        return provider;
    }

    /** Why CUDA was not used although it was asked for, or null. */
    public String fallbackReason() {
        return fallbackReason;
    }

    /** One line for a status bar: provider, model name and, after a fallback, why. */
    public String statusText() {
        String text = provider + " · " + manifest.name();
        return fallbackReason == null ? text : provider + " — " + fallbackReason + " · " + manifest.name();
    }

    /**
     * Runs the model. The caller owns the inputs and closes the result (try-with-resources).
     *
     * @throws OrtException when the engine fails or the run was cancelled
     */
    public OrtSession.Result run(Map<String, OnnxTensor> inputs) throws OrtException {
        return session.run(inputs, runOptions);
    }

    /** Asks a run in progress to stop; it then ends with an OrtException. Later runs are refused until reset. */
    public void cancel() throws OrtException {
        runOptions.setTerminate(true);
    }

    /** Allows runs again after {@link #cancel()}. */
    public void resetCancel() throws OrtException {
        runOptions.setTerminate(false);
    }

    @Override
    public void close() throws OrtException {
        runOptions.close();
        session.close();
    }
}
