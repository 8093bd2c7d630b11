package com.courtside.labeling.imports;

import com.courtside.timeline.BallTrack.Visibility;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.io.OpenTtGamesJson;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The OpenTTGames pair {@code ball_markup.json} ({@code {"<frame>": {"x": int, "y": int}}}, both -1 for "no ball")
 * and {@code events_markup.json} ({@code {"<frame>": "bounce" | "net" | "empty_event"}}). Given either file, the
 * sibling in the same folder is read too when it exists. Keys are 0-based frame indexes.
 * <p>
 * {@link OpenTtGamesJson#read} is not reused: it fills a dense track in which "-1, no ball" and "not annotated"
 * look the same, and its messages do not name the key at fault.
 */
public final class OpenTtGamesImporter implements LabelImporter {

    private static final int NO_BALL = -1;

    @Override
    public String format() {
        return OpenTtGamesJson.SOURCE;
    }

    @Override
    public String description() {
        return "OpenTTGames (" + OpenTtGamesJson.BALL_FILE + ", " + OpenTtGamesJson.EVENTS_FILE + ")";
    }

    @Override
    public boolean canRead(Path file) {
        if (Files.isDirectory(file)) {
            return Files.isRegularFile(file.resolve(OpenTtGamesJson.BALL_FILE))
                    || Files.isRegularFile(file.resolve(OpenTtGamesJson.EVENTS_FILE));
        }
        String name = Sniff.lowerName(file);
        return name.equals(OpenTtGamesJson.BALL_FILE) || name.equals(OpenTtGamesJson.EVENTS_FILE);
    }

    /** Reads a game's folder as its ball file (with the events beside it), or its events file where it has no ball. */
    @Override
    public ImportedLabels read(Path file, ImportContext context) throws ImportFormatException, IOException {
        if (Files.isDirectory(file) && canRead(file)) {
            Path ball = file.resolve(OpenTtGamesJson.BALL_FILE);
            return read(Files.isRegularFile(ball) ? ball : file.resolve(OpenTtGamesJson.EVENTS_FILE), context);
        }
        if (!canRead(file)) {
            throw ImportFormatException.inFile(file, "expected a file named " + OpenTtGamesJson.BALL_FILE
                    + " or " + OpenTtGamesJson.EVENTS_FILE);
        }
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        boolean givenBall = Sniff.lowerName(file).equals(OpenTtGamesJson.BALL_FILE);
        Path folder = file.toAbsolutePath().getParent();
        Path ballFile = givenBall ? file : folder.resolve(OpenTtGamesJson.BALL_FILE);
        Path eventsFile = givenBall ? folder.resolve(OpenTtGamesJson.EVENTS_FILE) : file;
        PointColumns points = new PointColumns();
        if (Files.isRegularFile(ballFile)) {
            readBall(JsonInput.parse(ballFile), context, points);
        }
        List<MatchEvent> events = new ArrayList<>();
        if (Files.isRegularFile(eventsFile)) {
            readEvents(JsonInput.parse(eventsFile), context, events);
        }
        return points.toLabels(format(), file, events, List.of());
    }

    private static void readBall(JsonInput json, ImportContext context, PointColumns points)
            throws ImportFormatException {
        for (Map.Entry<Integer, Map.Entry<String, JsonNode>> e : byFrame(json, context).entrySet()) {
            String key = quoted(e.getValue().getKey());
            JsonNode xy = json.object(e.getValue().getValue(), key);
            int x = json.wholeNumber(xy.path("x"), key + ".x");
            int y = json.wholeNumber(xy.path("y"), key + ".y");
            if (x == NO_BALL && y == NO_BALL) {
                points.add(e.getKey(), Visibility.NONE, Float.NaN, Float.NaN);
            } else if (x < 0 || y < 0) {
                throw json.refuse(key, "the ball is at (" + x + ", " + y + "); expected pixel coordinates >= 0,"
                        + " or x and y both -1 where there is no ball");
            } else {
                points.add(e.getKey(), Visibility.VISIBLE, x, y);
            }
        }
    }

    private static void readEvents(JsonInput json, ImportContext context, List<MatchEvent> events)
            throws ImportFormatException {
        for (Map.Entry<Integer, Map.Entry<String, JsonNode>> e : byFrame(json, context).entrySet()) {
            String key = quoted(e.getValue().getKey());
            switch (json.text(e.getValue().getValue(), key)) {
                case "bounce" -> events.add(new MatchEvent(e.getKey(), EventKind.BOUNCE));
                case "net" -> events.add(new MatchEvent(e.getKey(), EventKind.NET));
                case "empty_event" -> { }
                default -> throw json.expected(key, e.getValue().getValue(), "\"bounce\", \"net\" or \"empty_event\"");
            }
        }
    }

    /** The top-level entries sorted by frame; JSON objects have no order and "7" and "07" would be one frame. */
    private static TreeMap<Integer, Map.Entry<String, JsonNode>> byFrame(JsonInput json, ImportContext context)
            throws ImportFormatException {
        TreeMap<Integer, Map.Entry<String, JsonNode>> sorted = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.root().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = quoted(entry.getKey());
            int frame;
            try {
                frame = Integer.parseInt(entry.getKey().trim());
            } catch (NumberFormatException notAFrame) {
                throw json.refuse(key, "expected a frame number as the key");
            }
            if (!context.contains(frame)) {
                throw json.refuse(key, context.outsideVideo(frame));
            }
            Map.Entry<String, JsonNode> earlier = sorted.put(frame, entry);
            if (earlier != null) {
                throw json.refuse(key, "frame " + frame + " is already given by key " + quoted(earlier.getKey()));
            }
        }
        return sorted;
    }

    private static String quoted(String key) {
        return "\"" + key + "\"";
    }
}
