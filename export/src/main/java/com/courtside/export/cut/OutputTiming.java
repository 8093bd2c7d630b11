package com.courtside.export.cut;

import com.courtside.inference.video.FrameIndex;
import com.courtside.timeline.Rational;

import java.util.List;

/**
 * When each re-encoded frame plays in the output. A source at a constant rate is written at that rate, frame after
 * frame. A source at a variable rate (many phones) keeps its own timing: each frame plays as long after its
 * segment's first frame as it did in the source, so the sound, cut from the source's own times, stays with the
 * pictures however the rate wandered.
 */
final class OutputTiming {

    /** Milliseconds: fine enough for any camera's timing, and within MPEG-4 Part 2's 65535 limit. */
    private static final Rational VARIABLE_TIME_BASE = new Rational(1, 1000);

    private final FrameIndex index;
    private final Rational fps;
    private final boolean constant;
    private final List<Segment> segments;
    private final long[] startMicros;

    OutputTiming(List<Segment> segments, FrameIndex index, Rational fps) {
        this.index = index;
        this.fps = fps;
        this.constant = index.isConstantRate();
        this.segments = List.copyOf(segments);
        this.startMicros = new long[segments.size() + 1];
        long frames = 0;
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            frames += s.length();
            startMicros[i + 1] = constant ? Math.round(frames * 1e6 * fps.den() / fps.num())
                    : startMicros[i] + spanMicros(s);
        }
    }

    boolean constantRate() {
        return constant;
    }

    /** The encoder's time base: a frame's duration at a constant rate, a millisecond otherwise. */
    Rational timeBase() {
        return constant ? new Rational(fps.den(), fps.num()) : VARIABLE_TIME_BASE;
    }

    /** The output timestamp of source frame {@code frame} of segment {@code segment}, the {@code written}th written. */
    long pts(int segment, int frame, long written) {
        if (constant) {
            return written;
        }
        long micros = startMicros[segment] + index.ptsMicros(frame) - index.ptsMicros(segments.get(segment).first());
        return Math.round(micros / 1000.0);
    }

    /** Microseconds of output before segment {@code segment} starts; {@code segments.size()} gives the whole. */
    long startMicros(int segment) {
        return startMicros[segment];
    }

    long totalMicros() {
        return startMicros[segments.size()];
    }

    /** What a segment's frames play for in the source: to the next frame's time, or a nominal frame at the end. */
    private long spanMicros(Segment s) {
        long end = s.last() + 1 < index.frameCount() ? index.ptsMicros(s.last() + 1)
                : index.ptsMicros(s.last()) + Math.round(1e6 * fps.den() / fps.num());
        return end - index.ptsMicros(s.first());
    }
}
