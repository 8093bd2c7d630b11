package com.courtside.export.dataset;

import com.courtside.inference.video.VideoOpenException;
import com.courtside.timeline.task.ProgressListener;

import java.io.IOException;
import java.util.List;

/** Writes one dataset format, a video at a time, then what spans every video. */
interface DatasetWriter {

    /** What the format counts per split, in manifest order. */
    List<String> classes();

    /** Writes the video's part of the dataset; reports progress over its frames and stops when cancelled. */
    void write(VideoEntry entry, ExportRun run, ProgressListener progress) throws IOException, VideoOpenException;

    /** Writes the files that cover every video (annotation files per split, a CSV, a YAML) after the last one. */
    default void finish(ExportRun run) throws IOException {
    }

    static DatasetWriter of(DatasetFormat format) {
        return switch (format) {
            case OPENTTGAMES -> new OpenTtGamesWriter();
            case TRACKNET -> new TrackNetWriter();
            case COCO -> new CocoWriter();
            case YOLO -> new YoloWriter();
            case RALLYCUT -> new RallyCutWriter();
            case GAME_STATE -> new GameStateWriter();
        };
    }
}
