package com.courtside.timeline.io;

import com.courtside.timeline.players.PersonBoxes;
import com.courtside.timeline.players.PlayerSlot;
import com.courtside.timeline.players.Shot;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one parsed {@code .basketball.json} document and refuses it, naming the file and the field, where a
 * trainer would otherwise learn from a broken label: a box outside the clip, a track that changes slot, a ball
 * column of the wrong length.
 */
final class BasketballTruthReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;
    private final JsonNode root;

    BasketballTruthReader(Path file, JsonNode root) {
        this.file = file;
        this.root = root;
    }

    BasketballTruth truth() throws IOException {
        if (root == null || !root.isObject()) {
            throw fail("the top level is not a JSON object");
        }
        String format = root.path("format").asText("");
        if (!BasketballTruthJson.FORMAT.equals(format)) {
            throw fail("\"format\" is \"" + format + "\", expected \"" + BasketballTruthJson.FORMAT
                    + "\" (is this a basketball truth file?)");
        }
        int version = root.path("version").asInt(-1);
        if (version != BasketballTruthJson.VERSION) {
            throw fail("version " + version + " is not supported; this program reads version "
                    + BasketballTruthJson.VERSION);
        }
        JsonNode fpsNode = root.get("fps");
        if (fpsNode == null || !fpsNode.isNumber() || !(fpsNode.asDouble() > 0)) {
            throw fail("\"fps\" is " + fpsNode + ", expected a positive number");
        }
        int width = wholeNumber(root, "width", 1);
        int height = wholeNumber(root, "height", 1);
        int frameCount = wholeNumber(root, "frameCount", 0);
        JsonNode seed = root.get("seed");
        if (seed == null || !seed.isIntegralNumber() || !seed.canConvertToLong()) {
            throw fail("\"seed\" is " + seed + ", expected a whole number");
        }
        checkColumns();
        PersonBoxes people = people(frameCount);
        List<BasketballTruth.ShotTruth> shots = shots(frameCount);
        JsonNode ball = root.get("ball");
        if (ball == null || !ball.isObject()) {
            throw fail("\"ball\" is missing or not an object");
        }
        float[] bx = column(ball, "x", frameCount);
        float[] by = column(ball, "y", frameCount);
        for (int f = 0; f < frameCount; f++) {
            if (Float.isNaN(bx[f]) != Float.isNaN(by[f])) {
                throw fail("ball frame " + f + " has only one of x and y; give both or null for both");
            }
        }
        return new BasketballTruth(width, height, fpsNode.asDouble(), frameCount, seed.asLong(), options(),
                people, shots, bx, by);
    }

    private void checkColumns() throws IOException {
        JsonNode columns = root.get("peopleColumns");
        if (columns == null) {
            return;
        }
        List<String> found = new ArrayList<>();
        columns.forEach(c -> found.add(c.asText()));
        if (!found.equals(Arrays.asList(BasketballTruthJson.PEOPLE_COLUMNS))) {
            throw fail("\"peopleColumns\" is " + found + ", expected "
                    + Arrays.toString(BasketballTruthJson.PEOPLE_COLUMNS));
        }
    }

    private PersonBoxes people(int frameCount) throws IOException {
        JsonNode rows = array(root, "people");
        PersonBoxes.Builder boxes = new PersonBoxes.Builder();
        Map<Integer, PlayerSlot> slotOfTrack = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode r = rows.get(i);
            String where = "people[" + i + "]";
            if (!r.isArray() || r.size() != BasketballTruthJson.PEOPLE_COLUMNS.length) {
                throw fail(where + " is " + r + ", expected [frame, track, slot, x, y, w, h]");
            }
            int frame = frameIn(r.get(0), frameCount, where + " frame");
            JsonNode trackNode = r.get(1);
            if (!trackNode.isIntegralNumber() || !trackNode.canConvertToInt() || trackNode.asInt() < 0) {
                throw fail(where + " track is " + trackNode + ", expected a whole number >= 0");
            }
            int track = trackNode.asInt();
            PlayerSlot slot = slot(r.get(2), where);
            PlayerSlot before = slotOfTrack.putIfAbsent(track, slot);
            if (before != null && before != slot) {
                throw fail(where + ": track " + track + " is " + slot.wireName() + " here but "
                        + before.wireName() + " earlier; a track keeps one slot for the whole clip");
            }
            float x = number(r.get(3), where + " x");
            float y = number(r.get(4), where + " y");
            float w = number(r.get(5), where + " w");
            float h = number(r.get(6), where + " h");
            if (!(w > 0) || !(h > 0)) {
                throw fail(where + " has size " + w + "x" + h + "; a box needs a positive width and height");
            }
            boxes.add(frame, track, slot, x, y, w, h, 1f);
        }
        return boxes.build();
    }

    private List<BasketballTruth.ShotTruth> shots(int frameCount) throws IOException {
        JsonNode list = array(root, "shots");
        List<BasketballTruth.ShotTruth> shots = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode s = list.get(i);
            String where = "shots[" + i + "]";
            if (!s.isObject()) {
                throw fail(where + " is not an object");
            }
            int release = frameIn(s.get("release"), frameCount, where + ".release");
            JsonNode shooterNode = s.get("shooter");
            PlayerSlot shooter = shooterNode == null || shooterNode.isNull() ? null : slot(shooterNode, where);
            if (shooter != null && shooter.offenceIndex() < 0) {
                throw fail(where + ".shooter is " + shooter.wireName() + ", expected one of O1-O5");
            }
            JsonNode made = s.get("made");
            if (made == null || !made.isBoolean()) {
                throw fail(where + ".made is " + made + ", expected true or false");
            }
            Shot shot = new Shot(release, shooter, number(s.get("x"), where + ".x"), number(s.get("y"), where + ".y"));
            shots.add(new BasketballTruth.ShotTruth(shot, number(s.get("rimX"), where + ".rimX"),
                    number(s.get("rimY"), where + ".rimY"), made.asBoolean()));
        }
        return shots;
    }

    private Map<String, Object> options() throws IOException {
        JsonNode options = root.get("options");
        if (options == null || options.isNull()) {
            return Map.of();
        }
        if (!options.isObject()) {
            throw fail("\"options\" must be an object");
        }
        return MAPPER.convertValue(options, MAPPER.getTypeFactory()
                .constructMapType(LinkedHashMap.class, String.class, Object.class));
    }

    private float[] column(JsonNode ball, String name, int frameCount) throws IOException {
        JsonNode values = ball.get(name);
        if (values == null || !values.isArray() || values.size() != frameCount) {
            throw fail("ball." + name + " must be an array of one value per frame (" + frameCount + "), found "
                    + (values == null || !values.isArray() ? "none" : values.size() + " values"));
        }
        float[] out = new float[frameCount];
        for (int f = 0; f < frameCount; f++) {
            JsonNode v = values.get(f);
            out[f] = v.isNull() ? Float.NaN : number(v, "ball." + name + "[" + f + "]");
        }
        return out;
    }

    private PlayerSlot slot(JsonNode n, String where) throws IOException {
        try {
            return PlayerSlot.fromWire(n.asText(""));
        } catch (IllegalArgumentException e) {
            throw fail(where + ": " + e.getMessage());
        }
    }

    private float number(JsonNode n, String what) throws IOException {
        if (n == null || !n.isNumber() || !Double.isFinite(n.asDouble())) {
            throw fail(what + " is " + n + ", expected a number");
        }
        return (float) n.asDouble();
    }

    private int frameIn(JsonNode n, int frameCount, String what) throws IOException {
        if (n == null || !n.isIntegralNumber() || n.asInt() < 0 || n.asInt() >= frameCount) {
            throw fail(what + " is " + n + ", expected a frame index 0.." + (frameCount - 1));
        }
        return n.asInt();
    }

    private int wholeNumber(JsonNode parent, String field, int min) throws IOException {
        JsonNode n = parent.get(field);
        if (n == null || !n.isIntegralNumber() || !n.canConvertToInt() || n.asInt() < min) {
            throw fail("\"" + field + "\" is " + n + ", expected a whole number >= " + min);
        }
        return n.asInt();
    }

    private JsonNode array(JsonNode parent, String field) throws IOException {
        JsonNode n = parent.get(field);
        if (n == null || !n.isArray()) {
            throw fail("\"" + field + "\" is missing or not an array");
        }
        return n;
    }

    private IOException fail(String what) {
        return new IOException(file + ": " + what);
    }
}
