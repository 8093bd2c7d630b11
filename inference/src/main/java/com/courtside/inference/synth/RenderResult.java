package com.courtside.inference.synth;

import com.courtside.timeline.LabelSet;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a render produced.
 *
 * @param openTtGamesFolder the OpenTTGames folder, or null when it was not asked for
 * @param videoCodec        the encoder used: {@code libopenh264}, or {@code mpeg4} where OpenH264 is missing
 */
public record RenderResult(Path video, Path truthFile, Path openTtGamesFolder, LabelSet truth, String videoCodec,
                           long videoBytes, long elapsedMillis) {

    public Optional<Path> openTtGames() {
        return Optional.ofNullable(openTtGamesFolder);
    }

    /** Frames rendered and encoded per second of wall-clock time. */
    public double framesPerSecond() {
        return elapsedMillis == 0 ? 0 : truth.frameCount() * 1000.0 / elapsedMillis;
    }
}
