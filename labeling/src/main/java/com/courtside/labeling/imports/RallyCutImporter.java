package com.courtside.labeling.imports;

import com.courtside.timeline.Rally;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rally segments from RallyCut, as {@code rallycut cut VIDEO --json FILE} writes them:
 * <pre>
 * { "version": "1.0",
 *   "video": { "path": .., "duration": 612.4, "fps": 29.97, "width": .., "height": .., "frame_count": .. },
 *   "rallies": [ { "id": "rally_1", "start_time": 12.3, "end_time": 30.5, "start_frame": 369, "end_frame": 914,
 *                  "duration": 18.2, "type": "rally", "thumbnail_time": 21.4 }, .. ],
 *   "stats": { .. } }
 * </pre>
 * Times win over frame numbers, as in RallyCut's own {@code --segments} loader: its frame numbers come from its own
 * decoder and frame-rate guess, while a time converts with our exact fps (to the nearest frame). For hand-written
 * files, {@code "segments"} may stand for {@code "rallies"}, {@code "start"}/{@code "end"} for the times, and an
 * entry with only {@code "start_frame"}/{@code "end_frame"} (inclusive) is taken as frames. Other keys are ignored.
 */
public final class RallyCutImporter implements LabelImporter {

    public static final String FORMAT = "rallycut";

    private record Entry(Rally rally, String path) {
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String description() {
        return "RallyCut segments (JSON with \"rallies\", from rallycut cut --json)";
    }

    @Override
    public boolean canRead(Path file) {
        if (!Sniff.lowerName(file).endsWith(".json")) {
            return false;
        }
        String head = Sniff.head(file);
        return (Sniff.hasJsonKey(head, "rallies") || Sniff.hasJsonKey(head, "segments"))
                && !Sniff.hasJsonKey(head, "trajectory");
    }

    @Override
    public ImportedLabels read(Path file, ImportContext context) throws ImportFormatException, IOException {
        JsonInput json = JsonInput.parse(file);
        String listKey = json.root().has("rallies") || !json.root().has("segments") ? "rallies" : "segments";
        JsonNode list = json.array(json.root().path(listKey), listKey);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String path = listKey + "[" + i + "]";
            entries.add(new Entry(rally(json, json.object(list.get(i), path), path, context), path));
        }
        entries.sort(Comparator.comparing(Entry::rally));
        for (int i = 1; i < entries.size(); i++) {
            Rally before = entries.get(i - 1).rally();
            Rally rally = entries.get(i).rally();
            if (rally.startFrame() <= before.endFrame()) {
                throw json.refuse(entries.get(i).path(), "frames " + rally.startFrame() + " to " + rally.endFrame()
                        + " overlap " + entries.get(i - 1).path() + " (frames " + before.startFrame() + " to "
                        + before.endFrame() + "); rallies must not overlap");
            }
        }
        return new PointColumns().toLabels(FORMAT, file, List.of(), entries.stream().map(Entry::rally).toList());
    }

    private static Rally rally(JsonInput json, JsonNode entry, String path, ImportContext context)
            throws ImportFormatException {
        if (entry.has("start_time") || entry.has("end_time")) {
            return bySeconds(json, entry, path, "start_time", "end_time", context);
        }
        if (entry.has("start") || entry.has("end")) {
            return bySeconds(json, entry, path, "start", "end", context);
        }
        if (entry.has("start_frame") || entry.has("end_frame")) {
            long start = json.wholeNumber(entry.path("start_frame"), path + ".start_frame");
            long end = json.wholeNumber(entry.path("end_frame"), path + ".end_frame");
            return checked(json, path, start, end, start + " to " + end, context);
        }
        throw json.refuse(path, "expected \"start_time\" and \"end_time\" in seconds, or \"start_frame\" and"
                + " \"end_frame\"");
    }

    private static Rally bySeconds(JsonInput json, JsonNode entry, String path, String startKey, String endKey,
                                   ImportContext context) throws ImportFormatException {
        double start = json.number(entry.path(startKey), path + "." + startKey);
        double end = json.number(entry.path(endKey), path + "." + endKey);
        long endFrame = context.frameAt(end);
        // A rally that runs to the end of the video ends at its duration, which rounds to one past the last frame.
        if (endFrame == context.frameCount()) {
            endFrame--;
        }
        return checked(json, path, context.frameAt(start), endFrame, start + " s to " + end + " s", context);
    }

    private static Rally checked(JsonInput json, String path, long start, long end, String span,
                                 ImportContext context) throws ImportFormatException {
        if (start < 0 || end < start) {
            throw json.refuse(path, "the rally runs from " + span + "; expected a start >= 0 and an end that is"
                    + " not before the start");
        }
        if (!context.contains(end)) {
            throw json.refuse(path, "the rally runs from " + span + ", but " + context.outsideVideo(end));
        }
        return new Rally((int) start, (int) end);
    }
}
