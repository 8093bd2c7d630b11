package com.courtside.labeling.imports;

import com.courtside.timeline.BallTrack.Visibility;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.Rally;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The trajectory JSON that Courtside's analysis writes (the TTNet endpoint's layout):
 * <pre>
 * { "status": "success", "method": "..",
 *   "trajectory": [ { "frame": 12, "x": 640.5, "y": 360.25, "confidence": 0.93, "predicted": false,
 *                     "bbox": [x, y, w, h] }, .. ],
 *   "events": [ { "frame": 40, "kind": "bounce" }, .. ],
 *   "rallies": [ { "start": 30, "end": 210 }, .. ],       optional; first and last frame, inclusive
 *   "total_frames": 1800, "tracked_frames": 950, "video_info": { "width": .., "height": .., "fps": .. } }
 * </pre>
 * Only frames with a ball are listed. A predicted sample (the tracker filled a gap) becomes
 * {@link Visibility#OCCLUDED} with its position, so a reviewer can tell it from a seen ball. The box, confidence
 * and summary counts are not labels and are not read.
 */
public final class TrajectoryImporter implements LabelImporter {

    public static final String FORMAT = "courtside-trajectory";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String description() {
        return "Courtside trajectory (JSON with \"trajectory\", from the analysis)";
    }

    @Override
    public boolean canRead(Path file) {
        return Sniff.lowerName(file).endsWith(".json") && Sniff.hasJsonKey(Sniff.head(file), "trajectory");
    }

    @Override
    public ImportedLabels read(Path file, ImportContext context) throws ImportFormatException, IOException {
        JsonInput json = JsonInput.parse(file);
        JsonNode status = json.root().path("status");
        if (!status.isMissingNode() && !"success".equals(status.asText())) {
            throw json.expected("status", status, "\"success\" (the analysis that wrote this file failed)");
        }
        JsonNode trajectory = json.array(json.root().path("trajectory"), "trajectory");
        PointColumns points = new PointColumns();
        for (int i = 0; i < trajectory.size(); i++) {
            String path = "trajectory[" + i + "]";
            JsonNode sample = json.object(trajectory.get(i), path);
            int frame = frame(json, sample, path, context);
            if (frame <= points.lastFrame()) {
                throw json.refuse(path + ".frame", "frame " + frame + " comes after frame " + points.lastFrame()
                        + "; samples must be listed once each, in increasing frame order");
            }
            float x = (float) json.number(sample.path("x"), path + ".x");
            float y = (float) json.number(sample.path("y"), path + ".y");
            points.add(frame, predicted(json, sample, path) ? Visibility.OCCLUDED : Visibility.VISIBLE, x, y);
        }
        return points.toLabels(FORMAT, file, events(json, context), rallies(json, context));
    }

    private static List<MatchEvent> events(JsonInput json, ImportContext context) throws ImportFormatException {
        JsonNode list = json.root().path("events");
        if (list.isMissingNode()) {
            return List.of();
        }
        json.array(list, "events");
        List<MatchEvent> events = new ArrayList<>();
        Set<MatchEvent> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "events[" + i + "]";
            JsonNode entry = json.object(list.get(i), path);
            int frame = frame(json, entry, path, context);
            MatchEvent event = new MatchEvent(frame, kind(json, entry.path("kind"), path + ".kind"));
            if (!seen.add(event)) {
                throw json.refuse(path, "the " + event.kind().wireName() + " at frame " + frame + " is listed twice");
            }
            events.add(event);
        }
        return events;
    }

    private static List<Rally> rallies(JsonInput json, ImportContext context) throws ImportFormatException {
        JsonNode list = json.root().path("rallies");
        if (list.isMissingNode()) {
            return List.of();
        }
        json.array(list, "rallies");
        List<Rally> rallies = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "rallies[" + i + "]";
            JsonNode entry = json.object(list.get(i), path);
            int start = inVideo(json, entry.path("start"), path + ".start", context);
            int end = inVideo(json, entry.path("end"), path + ".end", context);
            if (end < start) {
                throw json.refuse(path, "the rally ends (frame " + end + ") before it starts (frame " + start + ")");
            }
            if (!rallies.isEmpty() && start <= rallies.get(rallies.size() - 1).endFrame()) {
                throw json.refuse(path, "the rally starting at frame " + start + " overlaps the one before it, "
                        + "which ends at frame " + rallies.get(rallies.size() - 1).endFrame()
                        + "; rallies must be listed in order, without overlap");
            }
            rallies.add(new Rally(start, end));
        }
        return rallies;
    }

    private static int inVideo(JsonInput json, JsonNode node, String path, ImportContext context)
            throws ImportFormatException {
        int frame = json.wholeNumber(node, path);
        if (!context.contains(frame)) {
            throw json.refuse(path, context.outsideVideo(frame));
        }
        return frame;
    }

    private static EventKind kind(JsonInput json, JsonNode node, String path) throws ImportFormatException {
        String name = json.text(node, path);
        for (EventKind kind : EventKind.values()) {
            if (kind.wireName().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        String known = Arrays.stream(EventKind.values()).map(k -> "\"" + k.wireName() + "\"")
                .collect(Collectors.joining(", "));
        throw json.expected(path, node, "one of " + known);
    }

    private static int frame(JsonInput json, JsonNode entry, String path, ImportContext context)
            throws ImportFormatException {
        return inVideo(json, entry.path("frame"), path + ".frame", context);
    }

    private static boolean predicted(JsonInput json, JsonNode sample, String path) throws ImportFormatException {
        JsonNode node = sample.path("predicted");
        if (node.isMissingNode()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw json.expected(path + ".predicted", node, "true or false");
        }
        return node.asBoolean();
    }
}
