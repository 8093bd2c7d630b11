package com.courtside.export.shooter;

import com.courtside.export.npy.NpyWriter;
import com.courtside.inference.shooter.ShooterWindow;
import com.courtside.inference.shooter.TrackHeatmaps;
import com.courtside.inference.shooter.WindowFrames;
import com.courtside.inference.video.FrameImage;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.timeline.players.PersonBoxes;
import com.courtside.timeline.players.Shot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the shooter dataset of one video: for every shot with a known shooter, a folder {@code NAME-RELEASE/}
 * under its split holding {@code frames.npy} (the window's 16 frames at 224×224, uint8 RGB {@code [16,224,224,3]},
 * decoded exactly as the shooter model sees them), {@code tracks.npy} (the {@code [16,14,14,18]} float32 track
 * heatmaps) and a row in {@code labels.csv} (clip, split, video, release frame, shooter slot, label 0–4).
 */
public final class ShooterDataset {

    public static final String LABELS = "labels.csv";
    static final String HEADER = "clip,split,video,release_frame,shooter,label";

    private ShooterDataset() {
    }

    /**
     * Appends the video's shots to the dataset in {@code root} (one split for the whole video, never split by frame);
     * returns the rows written.
     */
    public static List<String> write(Path root, String split, OpenedVideo video, PersonBoxes people, List<Shot> shots,
                                     int threads) throws IOException, VideoOpenException {
        String name = baseName(video.facts().path());
        TrackHeatmaps heatmaps = new TrackHeatmaps(video.facts().width(), video.facts().height());
        Path labels = root.resolve(LABELS);
        Files.createDirectories(root);
        if (!Files.exists(labels)) {
            Files.writeString(labels, HEADER + "\n");
        }
        java.util.ArrayList<String> rows = new java.util.ArrayList<>();
        for (Shot shot : shots) {
            if (shot.shooter() == null) {
                continue;
            }
            ShooterWindow window = ShooterWindow.around(shot.releaseFrame(), video.facts().fpsValue(),
                    video.facts().frameCount());
            FrameImage[] frames = WindowFrames.decode(video, window, threads);
            String clip = name + "-" + shot.releaseFrame();
            Path dir = Files.createDirectories(root.resolve(split).resolve(clip));
            NpyWriter.writeBytes(dir.resolve("frames.npy"), rgb(frames), ShooterWindow.FRAMES, TrackHeatmaps.SIZE,
                    TrackHeatmaps.SIZE, 3);
            NpyWriter.writeFloats(dir.resolve("tracks.npy"), heatmaps.build(people, shot, window),
                    ShooterWindow.FRAMES, TrackHeatmaps.GRID, TrackHeatmaps.GRID, TrackHeatmaps.CHANNELS);
            String row = String.join(",", split + "/" + clip, split, name, Integer.toString(shot.releaseFrame()),
                    shot.shooter().wireName(), Integer.toString(shot.shooter().offenceIndex()));
            rows.add(row);
            try {
                Files.writeString(labels, row + "\n", java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot add to " + labels + ": " + e.getMessage(), e);
            }
        }
        return rows;
    }

    /** BGRA frames (with stride) as packed RGB bytes, frame after frame. */
    static byte[] rgb(FrameImage[] frames) {
        int w = frames[0].width();
        int h = frames[0].height();
        byte[] out = new byte[frames.length * w * h * 3];
        int o = 0;
        for (FrameImage frame : frames) {
            ByteBuffer px = frame.pixels();
            for (int y = 0; y < h; y++) {
                int row = y * frame.stride();
                for (int x = 0; x < w; x++) {
                    int i = row + 4 * x;
                    out[o++] = px.get(i + 2);
                    out[o++] = px.get(i + 1);
                    out[o++] = px.get(i);
                }
            }
        }
        return out;
    }

    private static String baseName(Path video) {
        String file = video.getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
