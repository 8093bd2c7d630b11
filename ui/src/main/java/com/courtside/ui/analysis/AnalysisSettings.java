package com.courtside.ui.analysis;

import com.courtside.inference.onnx.Device;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The ball model and the device it runs on, remembered in {@link Preferences} across restarts. A remembered choice
 * that no longer exists (a bundled model this build lacks, a model file since deleted) gives way to the default.
 */
public final class AnalysisSettings {

    private static final Logger LOG = LoggerFactory.getLogger(AnalysisSettings.class);
    static final String MODEL_KEY = "analysis.model";
    static final String DEVICE_KEY = "analysis.device";

    private final Preferences node;
    private final List<String> bundled;

    /**
     * @param node where the settings are kept
     * @param bundled the names of the models this build carries ({@code BundledModels.names()})
     */
    public AnalysisSettings(Preferences node, List<String> bundled) {
        this.node = node;
        this.bundled = List.copyOf(bundled);
    }

    /** The bundled models on offer. */
    public List<String> bundledModels() {
        return bundled;
    }

    public AnalyzerChoice choice() {
        return AnalyzerChoice.fromPreference(node.get(MODEL_KEY, null))
                .filter(this::stillExists)
                .orElseGet(() -> AnalyzerChoice.defaultFor(bundled));
    }

    public void setChoice(AnalyzerChoice choice) {
        node.put(MODEL_KEY, choice.toPreference());
        flush();
    }

    public Device device() {
        String text = node.get(DEVICE_KEY, null);
        if (text == null) {
            return Device.AUTO;
        }
        try {
            return Device.parse(text);
        } catch (IllegalArgumentException e) {
            LOG.debug("ignoring the remembered device {}", text);
            return Device.AUTO;
        }
    }

    public void setDevice(Device device) {
        node.put(DEVICE_KEY, device.toString());
        flush();
    }

    private boolean stillExists(AnalyzerChoice choice) {
        return switch (choice.kind()) {
            case CLASSICAL -> true;
            case BUNDLED -> bundled.contains(choice.value());
            case FILE -> isFile(choice.value());
        };
    }

    private static boolean isFile(String path) {
        try {
            return Files.isRegularFile(Path.of(path));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warn("could not save the analysis settings: {}", e.getMessage());
        }
    }
}
