package com.courtside.labeling.imports;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a JSON label file and its fields, turning every surprise into an {@link ImportFormatException} that names
 * the key path and what was expected there, instead of a parser message alone.
 */
final class JsonInput {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;
    private final JsonNode root;

    private JsonInput(Path file, JsonNode root) {
        this.file = file;
        this.root = root;
    }

    /** Parses the file, which must hold a JSON object at the top. */
    static JsonInput parse(Path file) throws ImportFormatException, IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at column " + at.getColumnNr();
            String problem = "this is not valid JSON" + where + " (" + e.getOriginalMessage() + ")";
            if (at == null || at.getLineNr() < 1) {
                throw ImportFormatException.inFile(file, problem);
            }
            throw ImportFormatException.atLine(file, at.getLineNr(), problem);
        }
        if (root == null || root.isMissingNode()) {
            throw ImportFormatException.inFile(file, "the file is empty; expected a JSON object");
        }
        if (!root.isObject()) {
            throw ImportFormatException.inFile(file, "the top level is " + describe(root) + ", expected a JSON object");
        }
        return new JsonInput(file, root);
    }

    Path file() {
        return file;
    }

    JsonNode root() {
        return root;
    }

    ImportFormatException refuse(String path, String problem) {
        return ImportFormatException.atKey(file, path, problem);
    }

    ImportFormatException expected(String path, JsonNode found, String expectation) {
        return refuse(path, "expected " + expectation + ", found " + describe(found));
    }

    JsonNode object(JsonNode node, String path) throws ImportFormatException {
        if (!node.isObject()) {
            throw expected(path, node, "an object");
        }
        return node;
    }

    JsonNode array(JsonNode node, String path) throws ImportFormatException {
        if (!node.isArray()) {
            throw expected(path, node, "a list [...]");
        }
        return node;
    }

    /** A whole number that fits an int; 12.0 passes because Python tools sometimes write frames as floats. */
    int wholeNumber(JsonNode node, String path) throws ImportFormatException {
        if (!node.isNumber() || !node.canConvertToExactIntegral() || !node.canConvertToInt()) {
            throw expected(path, node, "a whole number");
        }
        return node.asInt();
    }

    /** A finite number. */
    double number(JsonNode node, String path) throws ImportFormatException {
        if (!node.isNumber() || !Double.isFinite(node.asDouble())) {
            throw expected(path, node, "a number");
        }
        return node.asDouble();
    }

    String text(JsonNode node, String path) throws ImportFormatException {
        if (!node.isTextual()) {
            throw expected(path, node, "a string");
        }
        return node.asText();
    }

    /** How a value reads in a message: its kind, and the value itself when it is short. */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing (the key is missing)";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "a list";
        }
        String value = node.toString();
        String kind = node.isTextual() ? "the text " : node.isBoolean() ? "" : "the number ";
        return kind + (value.length() > 40 ? value.substring(0, 40) + "…" : value);
    }
}
