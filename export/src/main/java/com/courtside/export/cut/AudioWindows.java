package com.courtside.export.cut;

import com.courtside.inference.video.FrameIndex;
import com.courtside.timeline.Rational;
import org.bytedeco.ffmpeg.avutil.AVFrame;

import java.util.List;

/**
 * Cuts the decoded audio to the segments, sample-exactly. Each segment's window starts at the source sample that
 * plays with its first video frame and lasts exactly as long as the segment's frames do in the output (rounded
 * so the running total never drifts from the video's; at a variable rate, as long as they played in the source),
 * so audio and video start together in every segment.
 * Where the source has no audio for part of a window, silence fills it.
 */
final class AudioWindows {

    private final long[] start;
    private final long[] length;
    private final AudioEncoding out;
    private int window;
    private long taken;

    AudioWindows(List<Segment> segments, FrameIndex index, Rational fps, int sampleRate, AudioEncoding out,
                 OutputTiming timing) {
        this.out = out;
        int n = segments.size();
        start = new long[n];
        length = new long[n];
        long framesBefore = 0;
        for (int i = 0; i < n; i++) {
            Segment s = segments.get(i);
            start[i] = Math.round(index.ptsMicros(s.first()) * (double) sampleRate / 1e6);
            long framesAfter = framesBefore + s.length();
            length[i] = timing.constantRate()
                    ? samplesAt(framesAfter, fps, sampleRate) - samplesAt(framesBefore, fps, sampleRate)
                    : Math.round(timing.startMicros(i + 1) * (double) sampleRate / 1e6)
                    - Math.round(timing.startMicros(i) * (double) sampleRate / 1e6);
            framesBefore = framesAfter;
        }
    }

    /** Output samples that play during the first {@code frames} output frames. */
    private static long samplesAt(long frames, Rational fps, int sampleRate) {
        return Math.round(frames * (double) sampleRate * fps.den() / fps.num());
    }

    /** The window being filled: the number of windows already complete. */
    int current() {
        return window;
    }

    boolean done() {
        return window == start.length;
    }

    /** Takes what belongs to the windows from a decoded frame whose first sample is {@code first}. */
    void take(long first, AVFrame frame) throws CutException {
        long end = first + frame.nb_samples();
        while (window < start.length) {
            long need = start[window] + taken;
            long stop = start[window] + length[window];
            if (end <= need) {
                return;
            }
            if (first >= stop) {
                fillWindow();
                continue;
            }
            if (first > need) {
                silence(first - need);
                need = first;
            }
            long to = Math.min(end, stop);
            out.write(frame, (int) (need - first), (int) (to - need));
            taken += to - need;
            if (taken < length[window]) {
                return;
            }
            next();
        }
    }

    /** Completes every window with silence: the source's audio ended. */
    void finishAll() throws CutException {
        while (window < start.length) {
            fillWindow();
        }
    }

    private void fillWindow() throws CutException {
        silence(length[window] - taken);
        next();
    }

    private void silence(long samples) throws CutException {
        out.silence(samples);
        taken += samples;
    }

    private void next() {
        window++;
        taken = 0;
    }
}
