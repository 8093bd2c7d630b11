package com.courtside.export.dataset;

import com.courtside.timeline.Rally;
import com.courtside.timeline.VideoFacts;
import com.courtside.timeline.task.ProgressListener;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * RallyCut's segment JSON, a file per video, as {@code rallycut cut --json} writes it:
 * <pre>
 * train/NAME.json
 * { "version": "1.0",
 *   "video": { "path", "duration", "fps", "width", "height", "frame_count" },
 *   "rallies": [ { "id": "rally_1", "start_time", "end_time", "start_frame", "end_frame", "duration",
 *                  "type": "rally", "thumbnail_time" }, .. ],
 *   "stats": { "rally_count", "total_rally_duration", "video_duration" } }
 * </pre>
 * {@code start_frame} and {@code end_frame} are the rally's first and last frames (inclusive); the times are when
 * those frames are shown (frame ÷ fps, to the microsecond), which RallyCut's loaders turn back into the same frames.
 * Under "reviewed" a file lists the rallies a person vouched for; a video where no rally state is known is left out.
 */
final class RallyCutWriter implements DatasetWriter {

    private static final int PLACES = 6;

    @Override
    public List<String> classes() {
        return List.of("videos", "rallies");
    }

    @Override
    public void write(VideoEntry entry, ExportRun run, ProgressListener progress) throws IOException {
        if (!anyKnown(entry.labels().rallyStateKnown())) {
            return;
        }
        VideoFacts facts = entry.facts();
        List<Rally> rallies = entry.labels().layer().rallies();
        ObjectNode root = JsonFiles.MAPPER.createObjectNode();
        root.put("version", "1.0");
        ObjectNode video = root.putObject("video");
        video.put("path", facts.path().toString());
        video.put("duration", seconds(facts, facts.frameCount()));
        video.put("fps", facts.fpsValue());
        video.put("width", facts.width());
        video.put("height", facts.height());
        video.put("frame_count", facts.frameCount());
        ArrayNode list = root.putArray("rallies");
        double inRallies = 0;
        for (int i = 0; i < rallies.size(); i++) {
            Rally r = rallies.get(i);
            ObjectNode node = list.addObject();
            node.put("id", "rally_" + (i + 1));
            node.put("start_time", seconds(facts, r.startFrame()));
            node.put("end_time", seconds(facts, r.endFrame()));
            node.put("start_frame", r.startFrame());
            node.put("end_frame", r.endFrame());
            node.put("duration", seconds(facts, r.endFrame() - r.startFrame()));
            node.put("type", "rally");
            node.put("thumbnail_time", seconds(facts, (r.startFrame() + r.endFrame()) / 2));
            inRallies += facts.secondsOf(r.endFrame() - r.startFrame());
        }
        ObjectNode stats = root.putObject("stats");
        stats.put("rally_count", rallies.size());
        stats.put("total_rally_duration", Decimals.exact(inRallies, PLACES));
        stats.put("video_duration", seconds(facts, facts.frameCount()));
        JsonFiles.writeIndented(run.root().resolve(entry.split()).resolve(entry.name() + ".json"), root);
        run.counts().add(entry, "videos", 1);
        run.counts().add(entry, "rallies", rallies.size());
    }

    private static BigDecimal seconds(VideoFacts facts, int frame) {
        return Decimals.exact(facts.secondsOf(frame), PLACES);
    }

    private static boolean anyKnown(boolean[] known) {
        for (boolean k : known) {
            if (k) {
                return true;
            }
        }
        return false;
    }
}
