package com.courtside.inference.onnx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A second model that a model's manifest names beside it (a local stage, a track-event model): loaded and checked
 * like any model, then by its role's own contract, every refusal saying which manifest named it and how to go on.
 */
public final class ModelBeside {

    /** A role's own check of the loaded model; it returns the part that uses the model, which then owns it. */
    @FunctionalInterface
    public interface Contract<T> {
        T check(LoadedModel model) throws ModelLoadException;
    }

    private ModelBeside() {
    }

    /**
     * @param owner   the model whose manifest names the second one
     * @param named   the named file, resolved beside {@code owner}; empty when the manifest names none
     * @param role    what the second model is, for messages ("local stage")
     * @param absent  what to do when the file is not there, after "Put it there with its .model.json, "
     * @throws ModelLoadException when the file is missing, is no model, does not match its own manifest or fails
     *                            {@code contract}; the session is closed then
     */
    public static <T> Optional<T> open(LoadedModel owner, Optional<Path> named, String role, String absent,
                                       Device device, int threads, Contract<T> contract) throws ModelLoadException {
        if (named.isEmpty()) {
            return Optional.empty();
        }
        Path file = named.get();
        String refused = "The " + role + " named in " + ModelManifest.pathFor(owner.file()).getFileName()
                + " cannot be used: ";
        if (!Files.isRegularFile(file)) {
            throw new ModelLoadException(file, refused + file.getFileName() + " is not beside it (expected " + file
                    + "). Put it there with its .model.json, " + absent);
        }
        LoadedModel model;
        try {
            model = OnnxRuntime.open(file, device, threads);
        } catch (ModelLoadException e) {
            throw new ModelLoadException(file, refused + e.getMessage(), e);
        }
        try {
            return Optional.of(contract.check(model));
        } catch (ModelLoadException e) {
            closeQuietly(model);
            throw new ModelLoadException(file, refused + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(model);
            throw e;
        }
    }

    public static void closeQuietly(LoadedModel model) {
        try {
            model.close();
        } catch (Exception ignored) {
            // Freeing a session that is no longer used changes nothing for the user.
        }
    }
}
