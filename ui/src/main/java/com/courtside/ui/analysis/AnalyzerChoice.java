package com.courtside.ui.analysis;

import com.courtside.resources.BundledModels;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What finds the ball: the classical detector, a model that ships with the program (by name), or a model file the
 * user picked. Kept in the preferences as {@code classical}, {@code bundled:NAME} or {@code file:PATH}.
 *
 * @param kind which of the three
 * @param value the bundled model's name, or the model file's absolute path; "classical" for the detector
 */
public record AnalyzerChoice(Kind kind, String value) {

    public enum Kind { CLASSICAL, BUNDLED, FILE }

    public static final AnalyzerChoice CLASSICAL = new AnalyzerChoice(Kind.CLASSICAL, "classical");
    /** What the status chip and the menu call the classical detector. */
    public static final String CLASSICAL_LABEL = "Classical detector";

    private static final String BUNDLED_PREFIX = "bundled:";
    private static final String FILE_PREFIX = "file:";

    public AnalyzerChoice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    public static AnalyzerChoice bundled(String name) {
        return new AnalyzerChoice(Kind.BUNDLED, name);
    }

    public static AnalyzerChoice file(Path onnx) {
        return new AnalyzerChoice(Kind.FILE, onnx.toAbsolutePath().normalize().toString());
    }

    /** The bundled ball model when this build has it, else the classical detector. */
    public static AnalyzerChoice defaultFor(List<String> bundled) {
        if (bundled.contains(BundledModels.DEFAULT_BALL)) {
            return bundled(BundledModels.DEFAULT_BALL);
        }
        return bundled.isEmpty() ? CLASSICAL : bundled(bundled.get(0));
    }

    /** The choice a preference value names, or empty when it is not one of the three forms. */
    public static Optional<AnalyzerChoice> fromPreference(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.equals(CLASSICAL.value())) {
            return Optional.of(CLASSICAL);
        }
        if (text.startsWith(BUNDLED_PREFIX) && text.length() > BUNDLED_PREFIX.length()) {
            return Optional.of(bundled(text.substring(BUNDLED_PREFIX.length())));
        }
        if (text.startsWith(FILE_PREFIX) && text.length() > FILE_PREFIX.length()) {
            return Optional.of(new AnalyzerChoice(Kind.FILE, text.substring(FILE_PREFIX.length())));
        }
        return Optional.empty();
    }

    public String toPreference() {
        return switch (kind) {
            case CLASSICAL -> CLASSICAL.value();
            case BUNDLED -> BUNDLED_PREFIX + value;
            case FILE -> FILE_PREFIX + value;
        };
    }

    /** "Classical detector", "ball-heatmap-tt", or the model file's name. */
    public String label() {
        return switch (kind) {
            case CLASSICAL -> CLASSICAL_LABEL;
            case BUNDLED -> value;
            case FILE -> {
                Path name = Path.of(value).getFileName();
                yield name == null ? value : name.toString();
            }
        };
    }

    public boolean isModel() {
        return kind != Kind.CLASSICAL;
    }
}
