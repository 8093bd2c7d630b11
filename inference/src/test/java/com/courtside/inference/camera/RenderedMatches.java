package com.courtside.inference.camera;

import com.courtside.inference.synth.DemoMatchRenderer;
import com.courtside.inference.synth.RenderOptions;
import com.courtside.timeline.BallTrack;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.task.ProgressListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Rendered table-tennis matches for the camera tests, each rendered once per test run. Only the truth is used, so
 * they are rendered small: the renderer's scene and camera do not depend on the frame size, so the ball of a
 * 480×270 render scaled by 4 is the ball of a 1080p render of the same seed (positions agree to 0.02 px; a few
 * frames' visible/occluded verdict differs, as small pixels judge occlusion a little differently).
 */
final class RenderedMatches {

    static final int WIDTH = 480;
    static final int HEIGHT = 270;

    private static final Map<String, LabelSet> CACHE = new HashMap<>();

    private RenderedMatches() {
    }

    static synchronized LabelSet truth(long seed, double seconds) {
        return CACHE.computeIfAbsent(seed + "/" + seconds, key -> render(seed, seconds));
    }

    private static LabelSet render(long seed, double seconds) {
        try {
            Path dir = Files.createTempDirectory("camera-match");
            try {
                RenderOptions options = RenderOptions.defaults().withSize(WIDTH, HEIGHT).withDuration(seconds)
                        .withSeed(seed).withOpenTtGames(false);
                return new DemoMatchRenderer().render(options, dir.resolve("match.mp4"), ProgressListener.NONE).truth();
            } finally {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The same track with every position multiplied by {@code factor}: the match at another frame size. */
    static BallTrack scaled(BallTrack track, double factor) {
        BallTrack out = new BallTrack(track.frameCount());
        for (int f = 0; f < track.frameCount(); f++) {
            BallTrack.Visibility v = track.visibility(f);
            float x = (float) (track.x(f) * factor);
            float y = (float) (track.y(f) * factor);
            if (v == BallTrack.Visibility.VISIBLE) {
                out.set(f, x, y);
            } else if (v != BallTrack.Visibility.NONE) {
                out.setHidden(f, v, x, y);
            }
        }
        return out;
    }
}
