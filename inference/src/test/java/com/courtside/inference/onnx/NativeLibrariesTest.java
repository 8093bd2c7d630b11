package com.courtside.inference.onnx;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;

class NativeLibrariesTest {

    @TempDir
    Path cache;

    @Test
    void unpacksTheLibrariesOnceAndReusesThem() throws Exception {
        Path dir = NativeLibraries.unpack(cache);
        assertThat(dir).isNotNull();
        Path lib = dir.resolve("libonnxruntime.so");
        assertThat(lib).isRegularFile();
        assertThat(Files.size(lib)).isGreaterThan(1_000_000);
        assertThat(dir.resolve("libonnxruntime4j_jni.so")).isRegularFile();
        FileTime first = Files.getLastModifiedTime(lib);
        Thread.sleep(20);
        assertThat(NativeLibraries.unpack(cache)).isEqualTo(dir);
        assertThat(Files.getLastModifiedTime(lib)).as("not unpacked again").isEqualTo(first);
    }
}
