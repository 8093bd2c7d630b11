package com.courtside.labeling.imports;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What Courtside needs of a YOLO {@code data.yaml}: the class names, in either of Ultralytics' forms
 * ({@code names: [ball, person]} or {@code names: {0: ball, 1: person}}), to find the ball's class by its name.
 */
final class DataYaml {

    /** The ball's class when nothing names the classes: Courtside's export writes it first. */
    static final int DEFAULT_BALL = 0;
    /** Courtside's name of the ball's class, and COCO's own, which YOLO sets made from COCO keep. */
    private static final Set<String> BALL_NAMES = Set.of("ball", "sports ball");
    private static final YAMLMapper YAML = new YAMLMapper();

    private final Map<Integer, String> names;
    private final int ball;

    private DataYaml(Map<Integer, String> names, int ball) {
        this.names = names;
        this.ball = ball;
    }

    /** No data.yaml: the ball is class {@value #DEFAULT_BALL} and the other classes have no names. */
    static DataYaml none() {
        return new DataYaml(Map.of(), DEFAULT_BALL);
    }

    static DataYaml read(Path file) throws ImportFormatException, IOException {
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String problem = "this is not valid YAML (" + e.getOriginalMessage() + ")";
            if (at == null || at.getLineNr() < 1) {
                throw ImportFormatException.inFile(file, problem);
            }
            throw ImportFormatException.atLine(file, at.getLineNr(), problem);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw ImportFormatException.inFile(file, "the file is empty; expected YAML keys such as \"names:\"");
        }
        if (!root.isObject()) {
            throw ImportFormatException.inFile(file, "expected YAML keys such as \"names:\" at the top level, found "
                    + JsonInput.describe(root));
        }
        JsonNode list = root.path("names");
        if (list.isMissingNode() || list.isNull()) {
            return none();
        }
        Map<Integer, String> names = names(file, list);
        int ball = names.entrySet().stream()
                .filter(e -> BALL_NAMES.contains(e.getValue().trim().toLowerCase(Locale.ROOT)))
                .mapToInt(Map.Entry::getKey).findFirst().orElse(-1);
        if (ball < 0) {
            throw ImportFormatException.atKey(file, "names", "no class is named \"ball\" (the classes are "
                    + String.join(", ", names.values()) + "); Courtside imports the ball's boxes, found by that name");
        }
        return new DataYaml(names, ball);
    }

    int ball() {
        return ball;
    }

    /** How a class's boxes are counted when they are not imported: its name, else "class N". */
    String kind(int type) {
        return names.getOrDefault(type, "class " + type);
    }

    private static Map<Integer, String> names(Path file, JsonNode list) throws ImportFormatException {
        Map<Integer, String> names = new TreeMap<>();
        if (list.isArray()) {
            for (int i = 0; i < list.size(); i++) {
                names.put(i, name(file, list.get(i), "names[" + i + "]"));
            }
            return names;
        }
        if (!list.isObject()) {
            throw ImportFormatException.atKey(file, "names", "expected a list of class names or a map from class"
                    + " number to name, found " + JsonInput.describe(list));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = list.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = "names." + e.getKey();
            try {
                names.put(Integer.parseInt(e.getKey().trim()), name(file, e.getValue(), key));
            } catch (NumberFormatException notANumber) {
                throw ImportFormatException.atKey(file, key, "expected a class number as the key");
            }
        }
        return names;
    }

    private static String name(Path file, JsonNode node, String key) throws ImportFormatException {
        if (!node.isValueNode() || node.isNull()) {
            throw ImportFormatException.atKey(file, key, "expected a class name, found " + JsonInput.describe(node));
        }
        return node.asText();
    }
}
