package com.courtside.timeline.io;

import com.courtside.timeline.BallTrack;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.Rally;
import com.courtside.timeline.Rational;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Our own label file ({@code <video>.truth.json}): everything a {@link LabelSet} holds, in columns so a long
 * match stays small, plus how a synthetic video was rendered.
 *
 * <pre>
 * { "format": "courtside-truth", "version": 1, "source": "render-demo",
 *   "video": { "width": 1280, "height": 720, "fps": "30/1", "frameCount": 1800 },
 *   "ball": { "visibilityCodes": ["none", "visible", "occluded", "out_of_frame"],
 *             "x": [..], "y": [..], "visibility": [..] },      x/y are null where no position is known
 *   "events": [ { "frame": 31, "kind": "serve" }, .. ],
 *   "rallies": [ [12, 240], .. ],                               first and last frame, inclusive
 *   "render": { "seed": 7, "options": { .. } } }                 only for rendered videos
 * </pre>
 */
public final class TruthJson {

    public static final String FORMAT = "courtside-truth";
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** How a synthetic video was made; {@code options} keeps its key order so equal renders write equal files. */
    public record RenderInfo(long seed, Map<String, Object> options) {
        public RenderInfo {
            options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        }
    }

    /** A truth file as read: the labels and, for a rendered video, how it was rendered (else null). */
    public record Document(LabelSet labels, RenderInfo render) {
        public Optional<RenderInfo> renderInfo() {
            return Optional.ofNullable(render);
        }
    }

    private TruthJson() {
    }

    /** Writes the file through a temporary name in the same folder, so a reader never sees half a file. */
    public static void write(Path file, LabelSet labels, RenderInfo render) throws IOException {
        writeAtomically(file, out -> {
            try (JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
                writeDocument(g, labels, render);
            }
        });
    }

    public static Document read(Path file) throws IOException {
        return new Reader(file, parse(file)).document();
    }

    /** Parses a JSON file; malformed JSON gives an IOException naming the file, line and column. */
    static JsonNode parse(Path file) throws IOException {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IOException(file + " is not valid JSON (" + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")", e);
        }
    }

    public static LabelSet readLabels(Path file) throws IOException {
        return read(file).labels();
    }

    private static void writeDocument(JsonGenerator g, LabelSet labels, RenderInfo render) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeNumberField("version", VERSION);
        g.writeStringField("source", labels.source());
        g.writeObjectFieldStart("video");
        g.writeNumberField("width", labels.width());
        g.writeNumberField("height", labels.height());
        g.writeStringField("fps", labels.fps().num() + "/" + labels.fps().den());
        g.writeNumberField("frameCount", labels.frameCount());
        g.writeEndObject();
        writeBall(g, labels.ball());
        g.writeArrayFieldStart("events");
        for (MatchEvent e : labels.events()) {
            g.writeStartObject();
            g.writeNumberField("frame", e.frame());
            g.writeStringField("kind", e.kind().wireName());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rallies");
        for (Rally r : labels.rallies()) {
            g.writeArray(new int[] {r.startFrame(), r.endFrame()}, 0, 2);
        }
        g.writeEndArray();
        if (render != null) {
            g.writeObjectFieldStart("render");
            g.writeNumberField("seed", render.seed());
            g.writeFieldName("options");
            MAPPER.writeValue(g, render.options());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writeBall(JsonGenerator g, BallTrack ball) throws IOException {
        int n = ball.frameCount();
        g.writeObjectFieldStart("ball");
        g.writeArrayFieldStart("visibilityCodes");
        for (BallTrack.Visibility v : BallTrack.Visibility.values()) {
            g.writeString(v.name().toLowerCase(Locale.ROOT));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("x");
        for (int i = 0; i < n; i++) {
            writeCoordinate(g, ball.x(i));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("y");
        for (int i = 0; i < n; i++) {
            writeCoordinate(g, ball.y(i));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("visibility");
        for (int i = 0; i < n; i++) {
            g.writeNumber(ball.visibility(i).ordinal());
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    // A hundredth of a pixel is far below any labeller's or model's precision and keeps long files short.
    private static void writeCoordinate(JsonGenerator g, float v) throws IOException {
        if (Float.isNaN(v)) {
            g.writeNull();
        } else {
            g.writeNumber(Math.round(v * 100.0) / 100.0);
        }
    }

    /** Something that writes a whole file to a stream. */
    @FunctionalInterface
    interface StreamWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes to {@code <name>.tmp} beside the target and renames it over the target once complete. */
    static void writeAtomically(Path file, StreamWriter writer) throws IOException {
        Path target = file.toAbsolutePath();
        Path parent = target.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Reads one parsed document, naming the file and the field in every complaint. */
    private static final class Reader {
        private final Path file;
        private final JsonNode root;

        Reader(Path file, JsonNode root) {
            this.file = file;
            this.root = root;
        }

        Document document() throws IOException {
            if (root == null || !root.isObject()) {
                throw fail("the top level is not a JSON object");
            }
            String format = root.path("format").asText("");
            if (!FORMAT.equals(format)) {
                throw fail("\"format\" is \"" + format + "\", expected \"" + FORMAT + "\" (is this a truth file?)");
            }
            int version = root.path("version").asInt(-1);
            if (version != VERSION) {
                throw fail("version " + version + " is not supported; this program reads version " + VERSION);
            }
            JsonNode video = object(root, "video");
            int width = positiveInt(video, "video.width");
            int height = positiveInt(video, "video.height");
            Rational fps = fps(video.get("fps"));
            int frameCount = nonNegativeInt(video, "video.frameCount");
            BallTrack ball = ball(object(root, "ball"), frameCount);
            List<MatchEvent> events = events(frameCount);
            List<Rally> rallies = rallies(frameCount);
            String source = text(root, "source");
            LabelSet labels = new LabelSet(source, width, height, fps, ball, events, rallies);
            return new Document(labels, render());
        }

        private BallTrack ball(JsonNode node, int frameCount) throws IOException {
            JsonNode xs = array(node, "x", "ball.x");
            JsonNode ys = array(node, "y", "ball.y");
            JsonNode vs = array(node, "visibility", "ball.visibility");
            for (JsonNode column : List.of(xs, ys, vs)) {
                if (column.size() != frameCount) {
                    throw fail("ball columns must hold one value per frame: video.frameCount is " + frameCount
                            + " but x, y, visibility hold " + xs.size() + ", " + ys.size() + ", " + vs.size());
                }
            }
            int codes = BallTrack.Visibility.values().length;
            BallTrack ball = new BallTrack(frameCount);
            for (int i = 0; i < frameCount; i++) {
                JsonNode v = vs.get(i);
                if (!v.canConvertToInt() || v.asInt() < 0 || v.asInt() >= codes) {
                    throw fail("ball.visibility[" + i + "] is " + v + ", expected a code 0.." + (codes - 1));
                }
                float x = coordinate(xs.get(i), "ball.x[" + i + "]");
                float y = coordinate(ys.get(i), "ball.y[" + i + "]");
                BallTrack.Visibility vis = BallTrack.Visibility.ofCode(v.asInt());
                if (vis == BallTrack.Visibility.VISIBLE) {
                    if (Float.isNaN(x) || Float.isNaN(y)) {
                        throw fail("frame " + i + " is marked visible but has no position");
                    }
                    ball.set(i, x, y);
                } else if (vis != BallTrack.Visibility.NONE || !Float.isNaN(x)) {
                    ball.setHidden(i, vis, x, y);
                }
            }
            return ball;
        }

        private List<MatchEvent> events(int frameCount) throws IOException {
            List<MatchEvent> events = new ArrayList<>();
            JsonNode list = array(root, "events", "events");
            for (int i = 0; i < list.size(); i++) {
                JsonNode e = list.get(i);
                int frame = frameIn(e.get("frame"), frameCount, "events[" + i + "].frame");
                String kind = e.path("kind").asText("");
                try {
                    events.add(new MatchEvent(frame, EventKind.fromWire(kind)));
                } catch (IllegalArgumentException ex) {
                    throw fail("events[" + i + "].kind \"" + kind + "\" is not one of bounce, net, hit, serve, shot");
                }
            }
            return events;
        }

        private List<Rally> rallies(int frameCount) throws IOException {
            List<Rally> rallies = new ArrayList<>();
            JsonNode list = array(root, "rallies", "rallies");
            for (int i = 0; i < list.size(); i++) {
                JsonNode r = list.get(i);
                if (!r.isArray() || r.size() != 2) {
                    throw fail("rallies[" + i + "] is " + r + ", expected [startFrame, endFrame]");
                }
                int start = frameIn(r.get(0), frameCount, "rallies[" + i + "][0]");
                int end = frameIn(r.get(1), frameCount, "rallies[" + i + "][1]");
                if (end < start) {
                    throw fail("rallies[" + i + "] ends (" + end + ") before it starts (" + start + ")");
                }
                rallies.add(new Rally(start, end));
            }
            return rallies;
        }

        private RenderInfo render() throws IOException {
            JsonNode render = root.get("render");
            if (render == null || render.isNull()) {
                return null;
            }
            if (!render.isObject() || !render.path("seed").canConvertToLong()) {
                throw fail("\"render\" must be an object with a whole-number \"seed\"");
            }
            JsonNode options = render.path("options");
            Map<String, Object> map = options.isObject()
                    ? MAPPER.convertValue(options, MAPPER.getTypeFactory()
                            .constructMapType(LinkedHashMap.class, String.class, Object.class))
                    : Map.of();
            return new RenderInfo(render.get("seed").asLong(), map);
        }

        private Rational fps(JsonNode node) throws IOException {
            String text = node == null ? "" : node.asText("");
            String[] parts = text.split("/");
            try {
                long num = Long.parseLong(parts[0].trim());
                long den = parts.length == 2 ? Long.parseLong(parts[1].trim()) : 1;
                if (parts.length <= 2 && num > 0 && den > 0) {
                    return Rational.of(num, den);
                }
            } catch (NumberFormatException e) {
                // reported below with the text that was found
            }
            throw fail("video.fps is \"" + text + "\", expected a positive fraction such as \"30000/1001\"");
        }

        private float coordinate(JsonNode n, String what) throws IOException {
            if (n == null || n.isNull()) {
                return Float.NaN;
            }
            if (!n.isNumber()) {
                throw fail(what + " is " + n + ", expected a number or null");
            }
            return (float) n.asDouble();
        }

        private int frameIn(JsonNode n, int frameCount, String what) throws IOException {
            if (n == null || !n.canConvertToInt() || n.asInt() < 0 || n.asInt() >= frameCount) {
                throw fail(what + " is " + n + ", expected a frame index 0.." + (frameCount - 1));
            }
            return n.asInt();
        }

        private JsonNode object(JsonNode parent, String field) throws IOException {
            JsonNode n = parent.get(field);
            if (n == null || !n.isObject()) {
                throw fail("\"" + field + "\" is missing or not an object");
            }
            return n;
        }

        private JsonNode array(JsonNode parent, String field, String what) throws IOException {
            JsonNode n = parent.get(field);
            if (n == null || !n.isArray()) {
                throw fail("\"" + what + "\" is missing or not an array");
            }
            return n;
        }

        private String text(JsonNode parent, String field) throws IOException {
            JsonNode n = parent.get(field);
            if (n == null || !n.isTextual() || n.asText().isBlank()) {
                throw fail("\"" + field + "\" is missing or empty");
            }
            return n.asText();
        }

        private int positiveInt(JsonNode parent, String what) throws IOException {
            int v = nonNegativeInt(parent, what);
            if (v == 0) {
                throw fail(what + " must be positive");
            }
            return v;
        }

        private int nonNegativeInt(JsonNode parent, String what) throws IOException {
            JsonNode n = parent.get(what.substring(what.indexOf('.') + 1));
            if (n == null || !n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < 0) {
                throw fail(what + " is " + n + ", expected a whole number >= 0");
            }
            return n.asInt();
        }

        private IOException fail(String what) {
            return new IOException(file + ": " + what);
        }
    }
}
