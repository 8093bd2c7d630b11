package com.courtside.inference.onnx;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Keeps ONNX Runtime's native libraries unpacked in a folder of ours. Left to itself the Java binding unpacks them
 * into a temporary folder at every start: harmless for the 28 MB CPU build, 6.7 s for the 556 MB CUDA provider of
 * the GPU build. Unpacked once (named by the jar's size, so a new version gets a new folder), they are loaded
 * from there through {@code onnxruntime.native.path}.
 */
public final class NativeLibraries {

    private static final Logger LOG = LoggerFactory.getLogger(NativeLibraries.class);
    private static final String FOLDER = "ai/onnxruntime/native/";
    private static final String PROPERTY = "onnxruntime.native.path";

    private NativeLibraries() {
    }

    /**
     * Points ONNX Runtime at a kept copy under {@code cacheRoot}, unpacking it first if needed. Must run before the
     * first use of ONNX Runtime; does nothing when the property is already set or the libraries are not in a jar.
     */
    public static void useKeptCopy(Path cacheRoot) {
        if (System.getProperty(PROPERTY) != null) {
            return;
        }
        try {
            Path dir = unpack(cacheRoot);
            if (dir != null) {
                System.setProperty(PROPERTY, dir.toString());
            }
        } catch (IOException e) {
            LOG.warn("ONNX Runtime's libraries could not be kept in {} ({}); they will be unpacked at each start",
                    cacheRoot, e.getMessage());
        }
    }

    /** Unpacks the libraries of this platform into a folder under {@code cacheRoot} once; returns it, or null. */
    static Path unpack(Path cacheRoot) throws IOException {
        String platform = platform();
        URL marker = NativeLibraries.class.getClassLoader().getResource(FOLDER + platform + "/");
        if (marker == null || !"jar".equals(marker.getProtocol())) {
            return null;
        }
        JarURLConnection connection = (JarURLConnection) marker.openConnection();
        connection.setUseCaches(false);
        Path jar = Path.of(connection.getJarFileURL().getPath());
        Path dir = cacheRoot.resolve("onnxruntime").resolve(jar.getFileName() + "-" + Files.size(jar));
        Path complete = dir.resolve(".complete");
        if (Files.exists(complete)) {
            return dir;
        }
        Files.createDirectories(dir);
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith(FOLDER + platform + "/")) {
                    continue;
                }
                Path target = dir.resolve(name.substring(name.lastIndexOf('/') + 1));
                Path part = target.resolveSibling(target.getFileName() + ".part");
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        Files.createFile(complete);
        return dir;
    }

    /** The folder name ONNX Runtime's jar uses for this machine, e.g. linux-x64. */
    static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(java.util.Locale.ROOT);
        String osPart = os.contains("win") ? "win" : os.contains("mac") ? "osx" : "linux";
        String archPart = arch.contains("aarch64") || arch.contains("arm64") ? "aarch64" : "x64";
        return osPart + "-" + archPart;
    }
}
