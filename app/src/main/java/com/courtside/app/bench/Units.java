package com.courtside.app.bench;

import java.util.Locale;

/** Prints the figures of the benchmark with their unit and a precision that suits the unit. */
public final class Units {

    public static final String FPS = "fps";
    public static final String MS = "ms";
    public static final String SECONDS = "s";
    public static final String FRAMES = "frames";
    /** Heap sizes: mebibytes, as the JVM's -Xmx counts them. */
    public static final String MIB = "MiB";
    /** Heap growth per hour of analysed video. */
    public static final String MIB_PER_HOUR = "MiB/h";

    private Units() {
    }

    public static String format(double value, String unit) {
        return switch (unit) {
            case FPS -> String.format(Locale.ROOT, "%.1f fps", value);
            case MS -> String.format(Locale.ROOT, value < 10 ? "%.2f ms" : "%.1f ms", value);
            case SECONDS -> String.format(Locale.ROOT, "%.1f s", value);
            case FRAMES -> String.format(Locale.ROOT, "%d", Math.round(value));
            case MIB, MIB_PER_HOUR -> String.format(Locale.ROOT, "%.1f %s", value, unit);
            case "" -> String.format(Locale.ROOT, "%.2f", value);
            default -> String.format(Locale.ROOT, "%.2f %s", value, unit);
        };
    }

    public static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.2f", ratio);
    }

    public static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    public static double mebibytes(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
