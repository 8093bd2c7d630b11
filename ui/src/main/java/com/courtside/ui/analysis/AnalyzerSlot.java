package com.courtside.ui.analysis;

import com.courtside.inference.analysis.Analyzers;
import com.courtside.inference.analysis.BallAnalyzer;
import com.courtside.inference.onnx.Device;
import com.courtside.inference.onnx.ModelLoadException;
import com.courtside.resources.BundledModels;
import com.courtside.timeline.task.CancelledException;

import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The one owner of the loaded ball analyzer (an ONNX session for a model). It is loaded when first used for a
 * choice and device and kept for the next video; using it holds the slot, so a model is never freed while it runs:
 * a new choice waits until the run in progress has stopped (the workflow cancels it first).
 */
final class AnalyzerSlot implements AutoCloseable {

    /** Work done with the loaded analyzer, on a background thread. */
    @FunctionalInterface
    interface Use<T> {
        T apply(BallAnalyzer analyzer) throws Exception;
    }

    private final Path modelFolder;
    private BallAnalyzer current;
    private AnalyzerChoice currentChoice;
    private Device currentDevice;
    private boolean closed;

    /** @param modelFolder where bundled models are unpacked, since ONNX Runtime loads files */
    AnalyzerSlot(Path modelFolder) {
        this.modelFolder = modelFolder;
    }

    /**
     * Runs {@code use} with the analyzer for {@code choice} on {@code device}, loading it first when the slot holds
     * another; blocks while another thread uses the slot.
     *
     * @throws ModelLoadException when the model cannot be loaded
     * @throws CancelledException when the slot has been closed
     */
    synchronized <T> T use(AnalyzerChoice choice, Device device, Use<T> use) throws Exception {
        if (closed) {
            throw new CancelledException();
        }
        if (current == null || !choice.equals(currentChoice) || (choice.isModel() && !device.equals(currentDevice))) {
            release();
            current = open(choice, device);
            currentChoice = choice;
            currentDevice = device;
        }
        return use.apply(current);
    }

    private BallAnalyzer open(AnalyzerChoice choice, Device device) throws ModelLoadException {
        if (!choice.isModel()) {
            return BallAnalyzer.classical();
        }
        Path onnx = Path.of(choice.value());
        if (choice.kind() == AnalyzerChoice.Kind.BUNDLED) {
            try {
                onnx = BundledModels.resolve(choice.value(), modelFolder).orElseThrow(() -> new ModelLoadException(
                        Path.of(choice.value()), "This build has no model named " + choice.value() + "."));
            } catch (UncheckedIOException e) {
                throw new ModelLoadException(modelFolder, "Cannot unpack the model " + choice.value() + " into "
                        + modelFolder + ": " + e.getCause().getMessage(), e);
            }
        }
        return Analyzers.forModel(onnx, device, 0);
    }

    private void release() {
        if (current != null) {
            current.close();
            current = null;
            currentChoice = null;
            currentDevice = null;
        }
    }

    /** Frees the model once the run in progress (if any) has stopped; later uses are refused. */
    @Override
    public synchronized void close() {
        closed = true;
        release();
    }
}
