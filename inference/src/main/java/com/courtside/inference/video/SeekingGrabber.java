package com.courtside.inference.video;

import org.bytedeco.javacv.FFmpegFrameGrabber;

/**
 * A grabber whose last-frame timestamp can be forgotten before a seek. JavaCV's quick seek first drops frames
 * while the previous timestamp is past the target; after a seek that lands late that would decode up to 1000
 * frames for nothing. Forgetting it makes the seek decode forward only, and a late landing shows at once.
 */
final class SeekingGrabber extends FFmpegFrameGrabber {

    SeekingGrabber(String file) {
        super(file);
    }

    void forgetTimestamp() {
        timestamp = Long.MIN_VALUE;
    }
}
