package com.courtside.timeline.io;

import com.courtside.timeline.BallTrack;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.Rational;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The OpenTTGames annotation pair: {@code ball_markup.json} ({@code {"<frame>": {"x": int, "y": int}}}, -1 where
 * no ball is seen) and {@code events_markup.json} ({@code {"<frame>": "bounce" | "net" | "empty_event"}}).
 * Keys are our 0-based frame indexes. The format knows only bounces and nets; other events are not written, and
 * where a bounce and a net share a frame the net is kept because the format holds one event per frame.
 */
public final class OpenTtGamesJson {

    public static final String BALL_FILE = "ball_markup.json";
    public static final String EVENTS_FILE = "events_markup.json";
    public static final String SOURCE = "openttgames";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OpenTtGamesJson() {
    }

    /** Writes both files into {@code folder} (created if missing), each through a temporary name. */
    public static void write(Path folder, LabelSet labels) throws IOException {
        Files.createDirectories(folder);
        BallTrack ball = labels.ball();
        TruthJson.writeAtomically(folder.resolve(BALL_FILE), out -> {
            try (JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
                g.writeStartObject();
                for (int i = 0; i < ball.frameCount(); i++) {
                    boolean seen = ball.isVisible(i);
                    g.writeObjectFieldStart(Integer.toString(i));
                    g.writeNumberField("x", seen ? Math.round(ball.x(i)) : -1);
                    g.writeNumberField("y", seen ? Math.round(ball.y(i)) : -1);
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
        });
        Map<Integer, String> events = new TreeMap<>();
        for (MatchEvent e : labels.events()) {
            if (e.kind() == EventKind.NET) {
                events.put(e.frame(), "net");
            } else if (e.kind() == EventKind.BOUNCE) {
                events.putIfAbsent(e.frame(), "bounce");
            }
        }
        TruthJson.writeAtomically(folder.resolve(EVENTS_FILE), out -> {
            try (JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
                g.writeStartObject();
                for (Map.Entry<Integer, String> e : events.entrySet()) {
                    g.writeStringField(Integer.toString(e.getKey()), e.getValue());
                }
                g.writeEndObject();
            }
        });
    }

    /**
     * Reads the pair from {@code folder} for a video whose facts are given (the files do not hold them).
     * A missing events file means no events; a missing ball file is an error. {@code empty_event} is dropped.
     */
    public static LabelSet read(Path folder, int frameCount, int width, int height, Rational fps) throws IOException {
        Path ballFile = folder.resolve(BALL_FILE);
        if (!Files.isRegularFile(ballFile)) {
            throw new IOException(ballFile + " is missing; an OpenTTGames folder holds " + BALL_FILE
                    + " and " + EVENTS_FILE);
        }
        BallTrack ball = new BallTrack(frameCount);
        JsonNode balls = parseObject(ballFile);
        for (Iterator<Map.Entry<String, JsonNode>> it = balls.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            int frame = frame(ballFile, entry.getKey(), frameCount);
            JsonNode xy = entry.getValue();
            if (!xy.path("x").isNumber() || !xy.path("y").isNumber()) {
                throw new IOException(ballFile + ": frame " + frame + " is " + xy + ", expected {\"x\": int, \"y\": int}");
            }
            double x = xy.get("x").asDouble();
            double y = xy.get("y").asDouble();
            if (x >= 0 && y >= 0) {
                ball.set(frame, (float) x, (float) y);
            }
        }
        List<MatchEvent> events = new ArrayList<>();
        Path eventsFile = folder.resolve(EVENTS_FILE);
        if (Files.isRegularFile(eventsFile)) {
            JsonNode marks = parseObject(eventsFile);
            for (Iterator<Map.Entry<String, JsonNode>> it = marks.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                int frame = frame(eventsFile, entry.getKey(), frameCount);
                String kind = entry.getValue().asText("");
                switch (kind) {
                    case "bounce" -> events.add(new MatchEvent(frame, EventKind.BOUNCE));
                    case "net" -> events.add(new MatchEvent(frame, EventKind.NET));
                    case "empty_event" -> { }
                    default -> throw new IOException(eventsFile + ": frame " + frame + " has event \"" + kind
                            + "\", expected bounce, net or empty_event");
                }
            }
        }
        return new LabelSet(SOURCE, width, height, fps, ball, events, List.of());
    }

    private static JsonNode parseObject(Path file) throws IOException {
        JsonNode root = TruthJson.parse(file);
        if (root == null || !root.isObject()) {
            throw new IOException(file + ": the top level is not a JSON object keyed by frame number");
        }
        return root;
    }

    private static int frame(Path file, String key, int frameCount) throws IOException {
        int frame;
        try {
            frame = Integer.parseInt(key.trim());
        } catch (NumberFormatException e) {
            throw new IOException(file + ": key \"" + key + "\" is not a frame number");
        }
        if (frame < 0 || frame >= frameCount) {
            throw new IOException(file + ": frame " + frame + " is outside the video's frames 0.." + (frameCount - 1)
                    + " (is this the annotation of another video?)");
        }
        return frame;
    }
}
