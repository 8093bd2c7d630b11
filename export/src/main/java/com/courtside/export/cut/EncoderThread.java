package com.courtside.export.cut;

import com.courtside.timeline.task.CancelledException;
import org.bytedeco.ffmpeg.avutil.AVFrame;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.bytedeco.ffmpeg.global.avutil.av_frame_clone;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;

/**
 * Runs the video encoder on a thread of its own, so decoding and shaping the next frames overlap encoding this
 * one, as the ffmpeg CLI's encoder thread does. Frames travel as references (no pixel copy) through a short queue,
 * which holds the decoder back when the encoder is slower. A failure on the encoder's thread is thrown to the
 * caller at its next call.
 */
final class EncoderThread implements AutoCloseable {

    private static final int QUEUE = 4;
    private static final AVFrame END = new AVFrame();

    private final VideoEncoding encoding;
    private final BlockingQueue<AVFrame> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Thread thread;
    private volatile Exception failure;
    private boolean finished;

    EncoderThread(VideoEncoding encoding) {
        this.encoding = encoding;
        thread = new Thread(this::run, "courtside-cut-encoder");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues {@code frame} to be encoded as output frame {@code pts}; the caller may reuse its frame at once. */
    void encode(AVFrame frame, long pts) throws CutException {
        AVFrame ref = av_frame_clone(frame);
        ref.pts(pts);
        put(ref);
    }

    /** Encodes what is queued and flushes the encoder. */
    void finish() throws CutException {
        put(END);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
        finished = true;
        checkFailure();
    }

    private void put(AVFrame frame) throws CutException {
        try {
            while (!queue.offer(frame, 100, TimeUnit.MILLISECONDS)) {
                checkFailure();
            }
        } catch (InterruptedException e) {
            free(frame);
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (CutException e) {
            free(frame);
            throw e;
        }
    }

    private void run() {
        try {
            while (true) {
                AVFrame frame = queue.take();
                if (frame == END) {
                    encoding.finish();
                    return;
                }
                try {
                    encoding.encode(frame, frame.pts());
                } finally {
                    free(frame);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (CutException | RuntimeException e) {
            failure = e;
        }
    }

    private void checkFailure() throws CutException {
        if (failure instanceof CutException e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException("the video encoder's thread failed: " + failure, failure);
        }
    }

    private static void free(AVFrame frame) {
        if (frame != END) {
            av_frame_free(frame);
        }
    }

    /** Stops the thread (after a failure or cancel) and frees the frames still queued. */
    @Override
    public void close() {
        if (!finished) {
            thread.interrupt();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        AVFrame left;
        while ((left = queue.poll()) != null) {
            free(left);
        }
    }
}
