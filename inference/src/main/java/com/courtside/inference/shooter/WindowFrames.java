package com.courtside.inference.shooter;

import com.courtside.inference.video.FrameImage;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoDecoder;
import com.courtside.inference.video.VideoOpenException;

/**
 * Decodes a shot's window at the model's 224×224 (squashed, as the heatmaps assume). Each frame is read by its
 * index with {@link VideoDecoder#read}, which seeks exactly to the first and decodes on to the rest, and proves
 * every frame by its timestamp.
 */
public final class WindowFrames {

    private WindowFrames() {
    }

    /** A decoder of {@code video} at the model's size, for reading many shots' windows. */
    public static VideoDecoder openDecoder(OpenedVideo video, int threads) throws VideoOpenException {
        return VideoDecoder.openScaled(video, TrackHeatmaps.SIZE, TrackHeatmaps.SIZE, threads);
    }

    /** The window's 16 frames, decoded by a new decoder closed before returning. */
    public static FrameImage[] decode(OpenedVideo video, ShooterWindow window, int threads) throws VideoOpenException {
        try (VideoDecoder decoder = openDecoder(video, threads)) {
            FrameImage[] frames = new FrameImage[ShooterWindow.FRAMES];
            for (int s = 0; s < frames.length; s++) {
                frames[s] = decoder.newFrame();
            }
            read(decoder, window, frames);
            return frames;
        }
    }

    /** Reads the window into {@code into} (16 frames of the decoder's size, 224×224). */
    public static void read(VideoDecoder decoder, ShooterWindow window, FrameImage[] into) throws VideoOpenException {
        if (decoder.width() != TrackHeatmaps.SIZE || decoder.height() != TrackHeatmaps.SIZE) {
            throw new IllegalArgumentException("the decoder must scale to " + TrackHeatmaps.SIZE + "×"
                    + TrackHeatmaps.SIZE + ", it gives " + decoder.width() + "×" + decoder.height());
        }
        for (int s = 0; s < ShooterWindow.FRAMES; s++) {
            // A video shorter than the window repeats its last frame; reading it again seeks back, which is rare
            // enough not to need a copy path.
            decoder.read(window.frame(s), into[s]);
        }
    }
}
