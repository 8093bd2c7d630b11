package com.courtside.inference.synth.basketball;

import com.courtside.timeline.io.BasketballTruth;

import java.nio.file.Path;

/**
 * What one basketball render produced.
 *
 * @param videoCodec the encoder used: {@code libopenh264}, or {@code mpeg4} where OpenH264 is missing
 */
public record BasketballResult(Path video, Path truthFile, BasketballTruth truth, String videoCodec,
                               long videoBytes, long elapsedMillis) {

    /** Frames rendered and encoded per second of wall-clock time. */
    public double framesPerSecond() {
        return elapsedMillis == 0 ? 0 : truth.frameCount() * 1000.0 / elapsedMillis;
    }
}
