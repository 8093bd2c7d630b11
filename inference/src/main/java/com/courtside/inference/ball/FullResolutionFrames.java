package com.courtside.inference.ball;

import com.courtside.inference.video.FrameImage;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoDecoder;
import com.courtside.inference.video.VideoOpenException;

import java.util.ArrayList;
import java.util.List;

/**
 * The last F frames of a video at its own size, for the local stage's crops: a second sequential decoder, kept in
 * step with the model-size one, writes each frame into a {@link FrameRing} slot. Memory is F frames, whatever the
 * video's length. The one owner of its decoder: close it.
 */
public final class FullResolutionFrames implements AutoCloseable {

    private final VideoDecoder decoder;
    private final FrameRing<FrameImage> ring;
    private int decoded;

    public FullResolutionFrames(OpenedVideo video, int frames, int threads) throws VideoOpenException {
        this.decoder = VideoDecoder.open(video, threads);
        this.ring = new FrameRing<>(frames, decoder::newFrame);
    }

    /**
     * Decodes the next frame, which must be frame {@code frame}; false when the video ends early or the decoder
     * gives another frame (the local stage then skips the windows that would need it).
     */
    public boolean decodeNext(int frame) throws VideoOpenException {
        if (frame != decoded) {
            throw new IllegalArgumentException("frame " + frame + " asked for, frame " + decoded + " is next");
        }
        FrameImage target = ring.claim(frame);
        boolean ok = decoder.next(target) && target.index() == frame;
        if (!ok) {
            ring.forget(frame);
        }
        decoded++;
        return ok;
    }

    /**
     * The full-resolution frames {@code first} … {@code first + F − 1}, each clamped to {@code 0 … last} as the
     * global window is, oldest first; null when one of them is not in the ring.
     */
    public List<FrameImage> window(int first, int last) {
        List<FrameImage> window = new ArrayList<>(ring.capacity());
        for (int slot = 0; slot < ring.capacity(); slot++) {
            int f = Math.max(0, Math.min(last, first + slot));
            if (!ring.holds(f)) {
                return null;
            }
            window.add(ring.get(f));
        }
        return window;
    }

    @Override
    public void close() {
        decoder.close();
    }
}
