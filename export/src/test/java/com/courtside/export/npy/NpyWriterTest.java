package com.courtside.export.npy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The .npy layout NumPy documents: magic, version 1.0, header length, a dict padded to 64 bytes, C-order data. */
class NpyWriterTest {

    @TempDir
    Path dir;

    @Test
    void floatsAreWrittenAfterA64ByteAlignedHeader() throws Exception {
        Path file = dir.resolve("a.npy");
        NpyWriter.writeFloats(file, new float[] {1.5f, -2f, 0f, 3.25f, 7f, 8f}, 2, 3);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0] & 0xff).isEqualTo(0x93);
        assertThat(new String(bytes, 1, 5, StandardCharsets.US_ASCII)).isEqualTo("NUMPY");
        assertThat(bytes[6]).isEqualTo((byte) 1);
        int headerLength = ByteBuffer.wrap(bytes, 8, 2).order(ByteOrder.LITTLE_ENDIAN).getShort();
        int dataStart = 10 + headerLength;
        assertThat(dataStart % 64).isZero();
        String header = new String(bytes, 10, headerLength, StandardCharsets.US_ASCII);
        assertThat(header).startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }").endsWith("\n");
        ByteBuffer data = ByteBuffer.wrap(bytes, dataStart, 24).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(data.getFloat()).isEqualTo(1.5f);
        assertThat(data.getFloat()).isEqualTo(-2f);
        assertThat(bytes.length).isEqualTo(dataStart + 24);
    }

    @Test
    void aOneDimensionalShapeHasItsTrailingComma() {
        assertThat(new String(NpyWriter.header("|u1", 5), StandardCharsets.US_ASCII)).contains("'shape': (5,)");
    }

    @Test
    void valuesThatDoNotFillTheShapeAreRefused() {
        assertThatThrownBy(() -> NpyWriter.writeBytes(dir.resolve("b.npy"), new byte[5], 2, 3))
                .hasMessageContaining("holds 6 values, got 5");
        assertThat(dir.resolve("b.npy")).doesNotExist();
    }
}
