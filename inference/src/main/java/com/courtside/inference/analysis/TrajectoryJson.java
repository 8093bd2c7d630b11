package com.courtside.inference.analysis;

import com.courtside.inference.track.TrackResult;
import com.courtside.timeline.BallTrack;
import com.courtside.timeline.VideoFacts;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a ball track in the trajectory format of the TTNet endpoint: {@code status}, {@code trajectory} of
 * {@code {frame, x, y, confidence, bbox}}, {@code total_frames}, {@code tracked_frames}, {@code video_info}.
 * The box is a square of the nominal ball size (8 px at 1080p) around the position, and each sample says whether
 * it was detected or predicted.
 */
public final class TrajectoryJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TrajectoryJson() {
    }

    public static ObjectNode toJson(AnalysisResult result) {
        VideoFacts facts = result.facts();
        TrackResult track = result.track();
        BallTrack ball = track.ballTrack();
        float half = 4f * facts.height() / 1080f;
        ObjectNode root = JSON.createObjectNode();
        root.put("status", "success");
        root.put("method", result.method());
        ArrayNode trajectory = root.putArray("trajectory");
        int tracked = 0;
        for (int f = 0; f < facts.frameCount(); f++) {
            if (!track.hasBall(f)) {
                continue;
            }
            tracked++;
            ObjectNode p = trajectory.addObject();
            p.put("frame", f);
            p.put("x", round(ball.x(f)));
            p.put("y", round(ball.y(f)));
            p.put("confidence", round(track.confidence(f)));
            p.put("predicted", track.isPredicted(f));
            ArrayNode box = p.putArray("bbox");
            box.add(round(ball.x(f) - half)).add(round(ball.y(f) - half)).add(round(2 * half)).add(round(2 * half));
        }
        ArrayNode events = root.putArray("events");
        result.events().forEach(e -> events.addObject().put("frame", e.frame()).put("kind", e.kind().wireName()));
        if (result.eventScores() != null) {
            ObjectNode scores = root.putObject("event_scores");
            EventScores head = result.eventScores();
            for (int k = 0; k < head.kinds().size(); k++) {
                ArrayNode row = scores.putArray(head.kinds().get(k).wireName());
                for (float v : head.scores()[k]) {
                    row.add(Math.round(v * 10000) / 10000.0);
                }
            }
        }
        root.put("total_frames", facts.frameCount());
        root.put("tracked_frames", tracked);
        ObjectNode info = root.putObject("video_info");
        info.put("width", facts.width());
        info.put("height", facts.height());
        info.put("fps", facts.fpsValue());
        return root;
    }

    /** Writes under a temporary name and renames, so no half file is left behind. */
    public static void write(AnalysisResult result, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, file.getFileName().toString(), ".part");
        try {
            JSON.writeValue(tmp.toFile(), toJson(result));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
