package com.courtside.inference.video;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.Loader;

import java.nio.file.Path;

/** Process-wide FFmpeg settings and the path of the bundled {@code ffmpeg} executable. */
public final class Ffmpeg {

    private static volatile boolean initialised;

    private Ffmpeg() {
    }

    /**
     * Silences FFmpeg's own logging: damaged files make it print per-macroblock complaints that would bury the
     * one clear message we give. Set {@code -Dcourtside.ffmpeg.log=true} to see them when debugging.
     */
    public static void init() {
        if (initialised) {
            return;
        }
        synchronized (Ffmpeg.class) {
            if (!initialised) {
                boolean verbose = Boolean.getBoolean("courtside.ffmpeg.log");
                avutil.av_log_set_level(verbose ? avutil.AV_LOG_WARNING : avutil.AV_LOG_QUIET);
                initialised = true;
            }
        }
    }

    /** The {@code ffmpeg} command-line program shipped inside the FFmpeg jar, unpacked on first use. */
    public static Path executable() {
        return Path.of(Loader.load(org.bytedeco.ffmpeg.ffmpeg.class));
    }
}
