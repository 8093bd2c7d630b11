package com.courtside.inference.video;

import com.courtside.timeline.FileSignature;

import java.nio.file.Path;

/**
 * Where per-video derived files live (frame indexes, proxies), keyed by the video's signature so a moved file
 * finds its cache again. Default: {@code $COURTSIDE_CACHE}, else {@code $XDG_CACHE_HOME/courtside}, else
 * {@code ~/.cache/courtside}; {@code -Dcourtside.cache=DIR} overrides all.
 */
public record CacheDirectory(Path root) {

    public static CacheDirectory defaultLocation() {
        String property = System.getProperty("courtside.cache");
        if (property != null && !property.isBlank()) {
            return new CacheDirectory(Path.of(property));
        }
        String env = System.getenv("COURTSIDE_CACHE");
        if (env != null && !env.isBlank()) {
            return new CacheDirectory(Path.of(env));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new CacheDirectory(base.resolve("courtside"));
    }

    public Path indexFile(FileSignature signature) {
        return root.resolve("index").resolve(signature.cacheKey() + ".idx");
    }

    /** Analysis results of one method (its id names algorithm, model and parameters) for one video. */
    public Path analysisFile(FileSignature signature, String methodId) {
        return root.resolve("analysis").resolve(signature.cacheKey() + "-" + methodId + ".bin");
    }

    public Path proxyFile(FileSignature signature) {
        return root.resolve("proxy").resolve(signature.cacheKey() + ".mp4");
    }
}
