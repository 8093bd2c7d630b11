package com.courtside.export.npy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * NumPy {@code .npy} files (format version 1.0: the magic, a header dict padded so the data starts on a multiple of
 * 64 bytes, then the values in C order, little-endian), as {@code numpy.load} reads them. Written under a temporary
 * name and renamed when complete.
 */
public final class NpyWriter {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};

    private NpyWriter() {
    }

    /** float32 values of the given shape. */
    public static void writeFloats(Path file, float[] values, int... shape) throws IOException {
        check(values.length, shape);
        ByteBuffer data = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        data.asFloatBuffer().put(values);
        write(file, "<f4", data.array(), shape);
    }

    /** uint8 values of the given shape. */
    public static void writeBytes(Path file, byte[] values, int... shape) throws IOException {
        check(values.length, shape);
        write(file, "|u1", values, shape);
    }

    /** The header bytes for a dtype and shape, padded with spaces and ended by a newline. */
    static byte[] header(String dtype, int... shape) {
        String dims = shape.length == 1 ? shape[0] + "," : Arrays.stream(shape).mapToObj(Integer::toString)
                .collect(Collectors.joining(", "));
        String dict = "{'descr': '" + dtype + "', 'fortran_order': False, 'shape': (" + dims + "), }";
        int unpadded = MAGIC.length + 2 + dict.length() + 1;
        int padding = (64 - unpadded % 64) % 64;
        String text = dict + " ".repeat(padding) + "\n";
        ByteBuffer out = ByteBuffer.allocate(MAGIC.length + 2 + text.length()).order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).putShort((short) text.length()).put(text.getBytes(StandardCharsets.US_ASCII));
        return out.array();
    }

    private static void write(Path file, String dtype, byte[] data, int... shape) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            out.write(header(dtype, shape));
            out.write(data);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void check(int length, int... shape) {
        long n = 1;
        for (int d : shape) {
            n *= d;
        }
        if (n != length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + n + " values, got "
                    + length);
        }
    }
}
