package com.courtside.labeling.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/** Cheap looks at a file for {@link LabelImporter#canRead}: its name and its first few kilobytes. */
final class Sniff {

    private static final int HEAD_BYTES = 8192;

    private Sniff() {
    }

    static String lowerName(Path file) {
        Path name = file.getFileName();
        return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    }

    /** The start of the file as text, or "" when it cannot be read (canRead must not throw). */
    static String head(Path file) {
        if (!Files.isRegularFile(file)) {
            return "";
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(HEAD_BYTES);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** Whether the head of a JSON file names {@code key} as a key (quoted and followed by a colon). */
    static boolean hasJsonKey(String head, String key) {
        return Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:").matcher(head).find();
    }
}
