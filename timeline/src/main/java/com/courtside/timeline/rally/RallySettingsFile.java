package com.courtside.timeline.rally;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rally settings in a YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}) file: either the {@code rally:}
 * section of a {@code courtside.yaml}/{@code courtside.json} (its other sections belong to others and are kept
 * when writing) or a standalone file with the keys at the top level.
 *
 * <pre>
 * rally:
 *   preset: beach_volleyball      # optional: start from a preset ...
 *   minGapSeconds: 4.0            # ... and override some keys; without a preset every key must be given
 * </pre>
 *
 * Keys are {@link RallySettings#KEYS} and {@code preset}; any other key is refused by name, and so is a value
 * out of range. Writing puts every key (and the preset's name when the settings equal one) so a file reads back
 * to equal settings.
 */
public final class RallySettingsFile {

    public static final String SECTION = "rally";
    public static final String PRESET = "preset";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private RallySettingsFile() {
    }

    public static RallySettings read(Path file) throws IOException {
        JsonNode root = parse(file);
        if (root == null || !root.isObject()) {
            throw new IOException(file + " holds no settings object");
        }
        JsonNode section = root.has(SECTION) ? root.get(SECTION) : root;
        if (!section.isObject()) {
            throw new IOException(file + ": the '" + SECTION + "' section must hold keys and values");
        }
        return fromNode((ObjectNode) section, file.toString());
    }

    /** Reads one settings object; {@code where} names its origin in every complaint. */
    static RallySettings fromNode(ObjectNode node, String where) throws IOException {
        Map<String, Double> values = new LinkedHashMap<>();
        JsonNode preset = node.get(PRESET);
        if (preset != null) {
            try {
                values.putAll(RallyPreset.fromWire(preset.asText()).settings().toMap());
            } catch (IllegalArgumentException e) {
                throw new IOException(where + ": " + e.getMessage(), e);
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            if (key.equals(PRESET)) {
                continue;
            }
            if (!RallySettings.KEYS.contains(key)) {
                throw new IOException(where + ": unknown rally setting '" + key + "'; known keys: " + PRESET
                        + ", " + String.join(", ", RallySettings.KEYS));
            }
            if (!field.getValue().isNumber()) {
                throw new IOException(where + ": rally setting " + key + " must be a number, got "
                        + field.getValue());
            }
            values.put(key, field.getValue().doubleValue());
        }
        List<String> missing = new ArrayList<>(RallySettings.KEYS);
        missing.removeAll(values.keySet());
        if (!missing.isEmpty()) {
            throw new IOException(where + ": rally settings " + missing + " are missing; give every key or a "
                    + PRESET + " to start from");
        }
        try {
            return RallySettings.fromMap(values);
        } catch (IllegalArgumentException e) {
            throw new IOException(where + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the settings through a temporary file in the same folder. Into a {@code courtside.*} file they go
     * as its {@code rally:} section, keeping the other sections (YAML comments are not kept); any other name
     * gets a standalone file.
     */
    public static void write(Path file, RallySettings settings) throws IOException {
        ObjectMapper mapper = mapperFor(file);
        ObjectNode section = toNode(settings);
        ObjectNode root;
        if (isCourtsideFile(file)) {
            JsonNode existing = Files.exists(file) ? parse(file) : null;
            if (existing != null && !existing.isMissingNode() && !existing.isObject()) {
                throw new IOException(file + " holds no settings object; not overwriting it");
            }
            root = existing instanceof ObjectNode object ? object : mapper.createObjectNode();
            root.set(SECTION, section);
        } else {
            root = section;
        }
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            mapper.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The settings as one line of JSON, in the form {@link #fromJson} reads (for a preference). */
    public static String toJson(RallySettings settings) {
        return toNode(settings).toString();
    }

    /** Reads settings written by {@link #toJson} or by hand; {@code where} names the origin in a complaint. */
    public static RallySettings fromJson(String text, String where) throws IOException {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IOException(where + " cannot be read (" + e.getOriginalMessage() + ")", e);
        }
        if (!(node instanceof ObjectNode object)) {
            throw new IOException(where + " holds no settings object");
        }
        return fromNode(object, where);
    }

    static ObjectNode toNode(RallySettings settings) {
        ObjectNode node = JSON.createObjectNode();
        for (RallyPreset preset : RallyPreset.values()) {
            if (preset.settings().equals(settings)) {
                node.put(PRESET, preset.wireName());
                break;
            }
        }
        settings.toMap().forEach(node::put);
        return node;
    }

    private static JsonNode parse(Path file) throws IOException {
        try {
            return mapperFor(file).readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IOException(file + " cannot be read (" + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")", e);
        }
    }

    private static boolean isCourtsideFile(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("courtside.");
    }

    private static ObjectMapper mapperFor(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return YAML;
        }
        if (name.endsWith(".json")) {
            return JSON;
        }
        throw new IOException(file + ": rally settings are read from .yaml, .yml or .json files");
    }
}
