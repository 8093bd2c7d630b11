package com.courtside.inference.video;

import org.bytedeco.ffmpeg.avutil.AVFrame;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;

/**
 * Decodes the frames that follow on a thread of their own into a short queue, while the reader converts the frames
 * before them: the same split as the {@code ffmpeg} CLI's decoder and filter threads. Queue items hold references
 * to the decoder's frames, so nothing is copied on the way.
 */
final class DecodeAhead implements AutoCloseable {

    private static final int DEPTH = 4;
    private static final Object END = new Object();

    /** A decoded frame still in the decoder's pixel format, with its index and timestamp. */
    record Decoded(AVFrame frame, int index, long ptsMicros) {
    }

    /** Grabs the next frame (a new reference the queue owns), or null at the end; runs on the decode thread. */
    interface Source {
        Decoded next() throws VideoOpenException;
    }

    private final ArrayBlockingQueue<Object> queue = new ArrayBlockingQueue<>(DEPTH);
    private final Thread thread;
    private volatile boolean stopped;
    private boolean ended;

    DecodeAhead(Source source) {
        thread = new Thread(() -> produce(source), "courtside-decode-ahead");
        thread.setDaemon(true);
        thread.start();
    }

    private void produce(Source source) {
        try {
            while (!stopped) {
                Decoded d = source.next();
                if (d == null) {
                    put(END);
                    return;
                }
                if (!put(d)) {
                    av_frame_free(d.frame());
                    return;
                }
            }
        } catch (VideoOpenException | RuntimeException e) {
            put(e);
        }
    }

    private boolean put(Object item) {
        try {
            while (!stopped) {
                if (queue.offer(item, 20, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** The next decoded frame, waiting for it; null at the end of the video. The caller frees the frame. */
    Decoded take() throws VideoOpenException {
        if (ended) {
            return null;
        }
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ended = true;
            return null;
        }
        if (item == END) {
            ended = true;
            return null;
        }
        if (item instanceof VideoOpenException e) {
            ended = true;
            throw e;
        }
        if (item instanceof RuntimeException e) {
            ended = true;
            throw e;
        }
        return (Decoded) item;
    }

    /** Stops the thread and frees every queued frame; afterwards the grabber belongs to the caller again. */
    @Override
    public void close() {
        stopped = true;
        drain();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        drain();
    }

    private void drain() {
        Object item;
        while ((item = queue.poll()) != null) {
            if (item instanceof Decoded d) {
                av_frame_free(d.frame());
            }
        }
    }
}
