package com.courtside.timeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identifies a video the way RallyCut does: name, size, modification time and the SHA-256 of the first MiB.
 * The hash alone finds a moved file again; size and mtime tell that a file at a known path has changed.
 */
public record FileSignature(String fileName, long size, long modifiedMillis, String headSha256) {

    public static final int HEAD_BYTES = 1 << 20;

    public static FileSignature of(Path file) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int remaining = HEAD_BYTES;
            while (remaining > 0) {
                int read = in.read(buffer, 0, Math.min(buffer.length, remaining));
                if (read < 0) {
                    break;
                }
                sha.update(buffer, 0, read);
                remaining -= read;
            }
        }
        return new FileSignature(file.getFileName().toString(), Files.size(file),
                Files.getLastModifiedTime(file).toMillis(), HexFormat.of().formatHex(sha.digest()));
    }

    /** A short stable key for caches kept on disk (proxy files, frame indexes). */
    public String cacheKey() {
        return headSha256.substring(0, 16) + "-" + size;
    }

    /** True when the content is probably the same file, wherever it now lives. */
    public boolean sameContentAs(FileSignature other) {
        return other != null && size == other.size && headSha256.equals(other.headSha256);
    }
}
