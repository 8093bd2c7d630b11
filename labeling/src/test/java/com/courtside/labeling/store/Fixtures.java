package com.courtside.labeling.store;

import com.courtside.timeline.FileSignature;
import com.courtside.timeline.Rational;
import com.courtside.timeline.VideoFacts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Video files and facts for store tests: the store keys videos by signature, so the bytes are what matters. */
public final class Fixtures {

    private Fixtures() {
    }

    public static VideoFacts video(Path dir, String name, long seed, int frames) throws IOException {
        Path file = dir.resolve(name);
        byte[] bytes = new byte[4096];
        new Random(seed).nextBytes(bytes);
        Files.write(file, bytes);
        return facts(file, frames);
    }

    public static VideoFacts facts(Path file, int frames) throws IOException {
        return new VideoFacts(file, "mp4", "h264", 1920, 1080, frames, frames, Rational.of(30, 1), Rational.of(1, 15360),
                0, frames * 1_000_000L / 30, true, FileSignature.of(file));
    }
}
