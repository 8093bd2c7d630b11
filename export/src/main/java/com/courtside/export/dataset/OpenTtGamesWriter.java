package com.courtside.export.dataset;

import com.courtside.inference.video.VideoOpenException;
import com.courtside.labeling.store.LayerLabels;
import com.courtside.timeline.BallTrack;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.VideoFacts;
import com.courtside.timeline.io.OpenTtGamesJson;
import com.courtside.timeline.task.ProgressListener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * OpenTTGames as TTNet's training reads it, one game per video:
 * <pre>
 * training/annotations/NAME/ball_markup.json     {"frame": {"x": int, "y": int}}, -1 and -1 where there is no ball
 * training/annotations/NAME/events_markup.json   {"frame": "bounce" | "net"}
 * training/images/NAME/img_000123.jpg            with frames: the frames within ±margin of each event
 * </pre>
 * and the same under {@code validation/} and {@code test/}. Keys are 0-based frame numbers, as are the image names
 * (TTNet extracts frames counting from 0). Only labelled frames are keys: a frame nobody vouched for is left out,
 * not written as "no ball". The format knows a visible ball or none, so a hidden ball is written as none; it
 * knows bounces and nets, one per frame (the net where both fall on one frame); other events are left out.
 */
final class OpenTtGamesWriter implements DatasetWriter {

    private static final Map<String, String> FOLDERS = Map.of("train", "training", "val", "validation", "test", "test");
    private static final int NO_BALL = -1;

    @Override
    public List<String> classes() {
        return List.of("ball", "no_ball", "bounce", "net", "images");
    }

    /** The TTNet folder of a split: training, validation or test. */
    static String folder(String split) {
        return FOLDERS.get(split);
    }

    @Override
    public void write(VideoEntry entry, ExportRun run, ProgressListener progress)
            throws IOException, VideoOpenException {
        LayerLabels labels = entry.labels().layer();
        SortedMap<Integer, String> events = events(labels.events());
        if (labels.labelledFrames() == 0 && events.isEmpty()) {
            return;
        }
        Path game = run.root().resolve(folder(entry.split()));
        Path annotations = game.resolve("annotations").resolve(entry.name());
        writeBall(annotations.resolve(OpenTtGamesJson.BALL_FILE), labels, entry, run.counts());
        JsonFiles.stream(annotations.resolve(OpenTtGamesJson.EVENTS_FILE), g -> {
            g.writeStartObject();
            for (Map.Entry<Integer, String> e : events.entrySet()) {
                g.writeStringField(Integer.toString(e.getKey()), e.getValue());
                run.counts().add(entry, e.getValue(), 1);
            }
            g.writeEndObject();
        });
        if (run.options().withFrames()) {
            writeFrames(entry, run, aroundEvents(events, run.options().eventMargin(), entry.facts().frameCount()),
                    game.resolve("images").resolve(entry.name()), progress);
        }
    }

    private static void writeFrames(VideoEntry entry, ExportRun run, int[] frames, Path folder,
                                    ProgressListener progress) throws IOException, VideoOpenException {
        Files.createDirectories(folder);
        VideoFacts facts = entry.facts();
        FrameFeed.run(entry.video().video(), frames, facts.width(), facts.height(), run.options().threads(),
                JpegFiles.WORKERS, progress, frame -> JpegFiles.write(frame, folder.resolve(imageName(frame.index()))));
        run.counts().add(entry, "images", frames.length);
    }

    static String imageName(int frame) {
        return String.format("img_%06d.jpg", frame);
    }

    private static void writeBall(Path file, LayerLabels labels, VideoEntry entry, Counts counts) throws IOException {
        BallTrack ball = labels.ball();
        boolean[] labelled = labels.ballLabelled();
        long[] seen = new long[2];
        JsonFiles.stream(file, g -> {
            g.writeStartObject();
            for (int f = 0; f < labelled.length; f++) {
                if (!labelled[f]) {
                    continue;
                }
                boolean visible = ball.isVisible(f);
                seen[visible ? 0 : 1]++;
                g.writeObjectFieldStart(Integer.toString(f));
                g.writeNumberField("x", visible ? Math.round(ball.x(f)) : NO_BALL);
                g.writeNumberField("y", visible ? Math.round(ball.y(f)) : NO_BALL);
                g.writeEndObject();
            }
            g.writeEndObject();
        });
        counts.add(entry, "ball", seen[0]);
        counts.add(entry, "no_ball", seen[1]);
    }

    /** Frame → "bounce" or "net"; the net wins a frame both fall on, as the format holds one event a frame. */
    private static SortedMap<Integer, String> events(List<MatchEvent> events) {
        SortedMap<Integer, String> out = new TreeMap<>();
        for (MatchEvent e : events) {
            if (e.kind() == EventKind.NET) {
                out.put(e.frame(), "net");
            } else if (e.kind() == EventKind.BOUNCE) {
                out.putIfAbsent(e.frame(), "bounce");
            }
        }
        return out;
    }

    /** Every frame within ±margin of an event, once each, in order. */
    static int[] aroundEvents(SortedMap<Integer, String> events, int margin, int frameCount) {
        boolean[] wanted = new boolean[frameCount];
        for (int frame : events.keySet()) {
            for (int f = Math.max(0, frame - margin); f <= Math.min(frameCount - 1, frame + margin); f++) {
                wanted[f] = true;
            }
        }
        return IntStream.range(0, frameCount).filter(f -> wanted[f]).toArray();
    }
}
