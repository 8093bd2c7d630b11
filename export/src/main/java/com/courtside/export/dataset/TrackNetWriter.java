package com.courtside.export.dataset;

import com.courtside.labeling.store.LayerLabels;
import com.courtside.timeline.BallTrack;
import com.courtside.timeline.BallTrack.Visibility;
import com.courtside.timeline.task.ProgressListener;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * TrackNet ball labels, one CSV per video in TrackNetV2's folder layout (a match per video; its frames or video go
 * beside, as TrackNet's own preprocessing expects):
 * <pre>
 * train/NAME/csv/NAME_ball.csv       Frame,Visibility,X,Y
 * </pre>
 * Frame is the 0-based frame number; a row per labelled frame only (a frame nobody vouched for is left out, not
 * written as "no ball"). Visibility 1 is a visible ball at X,Y (pixels, two decimals); 3 an occluded ball, at
 * X,Y where its place is known, else with both cells empty; 0 no ball in the frame, with X and Y 0 as TrackNet's
 * own files have them (a ball out of the frame is 0 too).
 */
final class TrackNetWriter implements DatasetWriter {

    static final String HEADER = "Frame,Visibility,X,Y";
    private static final int PLACES = 2;

    @Override
    public List<String> classes() {
        return List.of("visible", "occluded", "no_ball");
    }

    @Override
    public void write(VideoEntry entry, ExportRun run, ProgressListener progress) throws IOException {
        LayerLabels labels = entry.labels().layer();
        if (labels.labelledFrames() == 0) {
            return;
        }
        Path csv = run.root().resolve(entry.split()).resolve(entry.name()).resolve("csv")
                .resolve(entry.name() + "_ball.csv");
        Files.createDirectories(csv.getParent());
        BallTrack ball = labels.ball();
        boolean[] labelled = labels.ballLabelled();
        long[] rows = new long[3];
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.newLine();
            for (int f = 0; f < labelled.length; f++) {
                if (labelled[f]) {
                    out.write(row(ball, f, rows));
                    out.newLine();
                }
            }
        }
        run.counts().add(entry, "visible", rows[0]);
        run.counts().add(entry, "occluded", rows[1]);
        run.counts().add(entry, "no_ball", rows[2]);
    }

    private static String row(BallTrack ball, int f, long[] rows) {
        Visibility v = ball.visibility(f);
        if (v == Visibility.VISIBLE) {
            rows[0]++;
            return f + ",1," + Decimals.of(ball.x(f), PLACES) + "," + Decimals.of(ball.y(f), PLACES);
        }
        if (v == Visibility.OCCLUDED) {
            rows[1]++;
            boolean placed = !Float.isNaN(ball.x(f)) && !Float.isNaN(ball.y(f));
            return f + ",3," + (placed ? Decimals.of(ball.x(f), PLACES) + "," + Decimals.of(ball.y(f), PLACES) : ",");
        }
        rows[2]++;
        return f + ",0,0,0";
    }
}
