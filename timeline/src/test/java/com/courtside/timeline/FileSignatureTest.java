package com.courtside.timeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class FileSignatureTest {

    @TempDir
    Path dir;

    @Test
    void movedFileKeepsItsContentSignature() throws Exception {
        byte[] bytes = new byte[3 << 20];
        new Random(1).nextBytes(bytes);
        Path a = Files.write(dir.resolve("match.mp4"), bytes);
        FileSignature before = FileSignature.of(a);
        Path moved = Files.move(a, Files.createDirectory(dir.resolve("elsewhere")).resolve("renamed.mp4"));
        FileSignature after = FileSignature.of(moved);
        assertThat(after.sameContentAs(before)).isTrue();
        assertThat(after.cacheKey()).isEqualTo(before.cacheKey());
        assertThat(after.fileName()).isEqualTo("renamed.mp4");
    }

    @Test
    void changeInTheFirstMebibyteChangesTheSignature() throws Exception {
        byte[] bytes = new byte[2 << 20];
        Path a = Files.write(dir.resolve("a.mp4"), bytes);
        FileSignature before = FileSignature.of(a);
        bytes[1000] = 1;
        Files.write(a, bytes);
        assertThat(FileSignature.of(a).sameContentAs(before)).isFalse();
        assertThat(before.headSha256()).hasSize(64);
    }
}
