package com.courtside.inference.video;

import com.courtside.inference.video.VideoOpenException.Problem;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacv.Frame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.bytedeco.ffmpeg.global.avutil.av_frame_clone;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;

/**
 * Decodes one video to BGRA, sequentially or at any frame exactly. Every frame it returns carries the index
 * proved by its presentation timestamp against the {@link FrameIndex}. Not thread-safe: one owner thread.
 */
public final class VideoDecoder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(VideoDecoder.class);
    /** What a seek costs beyond decoding from the key frame, in frames; below this, decoding on is cheaper. */
    private static final int SEEK_OVERHEAD_FRAMES = 4;
    private static final long[] RETRY_BACKOFF_MICROS = {0, 1_000_000, 5_000_000, 30_000_000};

    private final OpenedVideo video;
    private final FrameIndex index;
    private int width;
    private int height;
    private final int threads;
    private final boolean seekByTimestamp;
    private SeekingGrabber grabber;
    private FrameConverter converter;
    private long formatStartMicros;
    /** Index of the frame the grabber gave last; the next sequential frame is position + 1. */
    private volatile int position = -1;
    /** Decodes ahead during sequential reads; while it runs, it alone uses the grabber. */
    private DecodeAhead ahead;
    /** Index of the frame handed out last by {@link #next} or {@link #read}. */
    private int delivered = -1;

    private VideoDecoder(OpenedVideo video, int width, int height, int threads) throws VideoOpenException {
        this.video = video;
        this.index = video.index();
        this.width = width;
        this.height = height;
        this.threads = threads;
        this.seekByTimestamp = index.timestampsAreUsable();
        this.converter = new FrameConverter(width, height);
        start();
    }

    /** A decoder at the video's own size. */
    public static VideoDecoder open(OpenedVideo video, int threads) throws VideoOpenException {
        return new VideoDecoder(video, video.facts().width(), video.facts().height(), threads);
    }

    /** A decoder whose frames libswscale scales to {@code width × height}, for analysis and proxies. */
    public static VideoDecoder openScaled(OpenedVideo video, int width, int height, int threads)
            throws VideoOpenException {
        return new VideoDecoder(video, width, height, threads);
    }

    private void start() throws VideoOpenException {
        grabber = Grabbers.open(video.facts().path(), video.container(), threads);
        long start = grabber.getFormatContext().start_time();
        formatStartMicros = start == org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE ? 0 : start;
        position = -1;
    }

    /** Changes the size later frames are scaled to; frames already delivered keep theirs. */
    public void setOutputSize(int newWidth, int newHeight) {
        if (newWidth == width && newHeight == height) {
            return;
        }
        converter.close();
        width = newWidth;
        height = newHeight;
        converter = new FrameConverter(newWidth, newHeight);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int frameCount() {
        return index.frameCount();
    }

    /** The index of the frame decoded last (sequential decoding runs one frame ahead), or -1 before the first. */
    public int position() {
        return position;
    }

    /** A frame buffer of this decoder's output size. */
    public FrameImage newFrame() {
        return new FrameImage(width, height);
    }

    /**
     * Decodes the next frame into {@code target}; false at the end of the video. Sequential calls overlap: the
     * frames that follow are decoded on a second thread while this one converts, as the {@code ffmpeg} CLI splits
     * its decoder and filter threads.
     */
    public boolean next(FrameImage target) throws VideoOpenException {
        if (ahead == null) {
            if (position + 1 >= index.frameCount()) {
                return false;
            }
            ahead = new DecodeAhead(this::grabReference);
        }
        DecodeAhead.Decoded decoded = ahead.take();
        if (decoded == null) {
            return false;
        }
        try {
            converter.convert(decoded.frame(), target);
        } finally {
            av_frame_free(decoded.frame());
        }
        target.stamp(decoded.index(), decoded.ptsMicros(), false);
        delivered = decoded.index();
        return true;
    }

    /** Runs on the decode-ahead thread, which owns the grabber until it is stopped. */
    private DecodeAhead.Decoded grabReference() throws VideoOpenException {
        if (position + 1 >= index.frameCount()) {
            return null;
        }
        Frame frame = grab(true);
        if (frame == null) {
            return null;
        }
        return new DecodeAhead.Decoded(av_frame_clone((AVFrame) frame.opaque), position, frame.timestamp);
    }

    private void stopAhead() {
        if (ahead != null) {
            ahead.close();
            ahead = null;
        }
    }

    /** Decodes exactly frame {@code n} into {@code target}, seeking only when that is cheaper than decoding on. */
    public void read(int n, FrameImage target) throws VideoOpenException {
        if (n < 0 || n >= index.frameCount()) {
            throw new IndexOutOfBoundsException("frame " + n + " outside 0.." + (index.frameCount() - 1));
        }
        if (ahead != null && n == delivered + 1 && next(target)) {
            return;
        }
        stopAhead();
        int decodeOn = n - position;
        int viaSeek = n - index.keyFrameAtOrBefore(n) + SEEK_OVERHEAD_FRAMES;
        if (decodeOn < 1 || decodeOn > viaSeek) {
            seekBefore(n);
        }
        skipTo(n - 1);
        Frame frame = grab(true);
        if (frame == null) {
            throw damaged("frame " + n + " could not be decoded", null);
        }
        deliver(frame, target);
        if (target.index() != n) {
            throw damaged("asked for frame " + n + " but the decoder gave frame " + target.index(), null);
        }
    }

    /**
     * Positions the grabber so that position < n and the frames from position + 1 to n decode cleanly.
     * Proves where the seek landed by the timestamp of the frame it stopped on.
     */
    private void seekBefore(int n) throws VideoOpenException {
        if (!seekByTimestamp) {
            restart();
            return;
        }
        long target = index.ptsMicros(n) - formatStartMicros;
        for (long backoff : RETRY_BACKOFF_MICROS) {
            long ts = Math.max(0, target - backoff);
            try {
                grabber.forgetTimestamp();
                grabber.setTimestamp(ts);
            } catch (Exception e) {
                throw damaged("seeking to frame " + n + " failed", e);
            }
            int landed = index.frameOf(grabber.getTimestamp());
            if (landed >= 0 && landed <= n) {
                // The grabber holds frame 'landed' decoded; the next grab hands it out again.
                position = landed - 1;
                return;
            }
            LOG.debug("seek to frame {} landed on {} (ts {}); retrying earlier", n, landed, grabber.getTimestamp());
            if (ts == 0) {
                break;
            }
        }
        restart();
    }

    private void restart() throws VideoOpenException {
        stopAhead();
        Grabbers.close(grabber);
        start();
    }

    private void skipTo(int last) throws VideoOpenException {
        while (position < last) {
            if (grab(false) == null) {
                throw damaged("the video ended at frame " + position + " before frame " + (last + 1), null);
            }
        }
    }

    /** Grabs the next video frame, converting its pixels only when asked; updates {@link #position}. */
    private Frame grab(boolean convert) throws VideoOpenException {
        Frame frame;
        try {
            do {
                frame = grabber.grabFrame(false, true, convert, false, false);
            } while (frame != null && frame.image == null);
        } catch (Exception e) {
            throw damaged("decoding failed after frame " + position, e);
        }
        if (frame == null) {
            return null;
        }
        int found = index.frameOf(frame.timestamp);
        position = found >= 0 ? found : position + 1;
        return frame;
    }

    private void deliver(Frame frame, FrameImage target) {
        converter.convert((AVFrame) frame.opaque, target);
        target.stamp(position, frame.timestamp, false);
        delivered = position;
    }

    private VideoOpenException damaged(String what, Exception cause) {
        return new VideoOpenException(Problem.DAMAGED, video.facts().path(), "'" + video.facts().path().getFileName()
                + "': " + what + (cause != null ? " (" + cause.getMessage() + ")" : "")
                + ". The file may be damaged; re-export it or open another copy.", cause);
    }

    @Override
    public void close() {
        // The decode-ahead thread may be inside the grabber: stop it before the grabber's memory is freed.
        stopAhead();
        if (grabber != null) {
            Grabbers.close(grabber);
            grabber = null;
        }
        converter.close();
    }
}
