package com.courtside.export.dataset;

import com.courtside.inference.video.FrameImage;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoDecoder;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.timeline.task.CancelledException;
import com.courtside.timeline.task.ProgressListener;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Decodes the frames a writer wants, in increasing order in one pass (the decoder skips the frames between without
 * converting them, and seeks only across long gaps), and hands each to a sink. With workers the sink runs on that
 * many threads while the next frames decode, each frame in a buffer of its own, so JPEG encoding keeps pace with
 * decoding; without, it runs in frame order on the calling thread.
 */
final class FrameFeed {

    /** Takes one decoded frame ({@link FrameImage#index()} is its number); must not keep it after returning. */
    @FunctionalInterface
    interface Sink {
        void accept(FrameImage frame) throws IOException;
    }

    private static final int PROGRESS_EVERY = 16;
    private static final AtomicInteger THREADS = new AtomicInteger();

    private FrameFeed() {
    }

    /**
     * @param frames  wanted frame numbers, increasing
     * @param width   size the frames are scaled to; the video's own size for full frames
     * @param workers threads that run the sink, 0 for the calling thread in frame order
     */
    static void run(OpenedVideo video, int[] frames, int width, int height, int threads, int workers,
                    ProgressListener progress, Sink sink) throws IOException, VideoOpenException {
        if (frames.length == 0) {
            return;
        }
        try (VideoDecoder decoder = VideoDecoder.openScaled(video, width, height, threads)) {
            if (workers == 0) {
                FrameImage image = decoder.newFrame();
                for (int i = 0; i < frames.length; i++) {
                    step(progress, frames, i);
                    decoder.read(frames[i], image);
                    sink.accept(image);
                }
            } else {
                inParallel(decoder, frames, workers, progress, sink);
            }
        }
    }

    private static void inParallel(VideoDecoder decoder, int[] frames, int workers, ProgressListener progress,
                                   Sink sink) throws IOException, VideoOpenException {
        BlockingQueue<FrameImage> free = new ArrayBlockingQueue<>(workers + 1);
        for (int i = 0; i <= workers; i++) {
            free.add(decoder.newFrame());
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "courtside-dataset-frames-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < frames.length && failure.get() == null; i++) {
                step(progress, frames, i);
                FrameImage image = free.take();
                decoder.read(frames[i], image);
                pool.execute(() -> {
                    try {
                        sink.accept(image);
                    } catch (Throwable t) {
                        failure.compareAndSet(null, t);
                    } finally {
                        free.add(image);
                    }
                });
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } finally {
            // The frames in hand are finished before returning, so nothing writes into a folder being removed.
            drain(pool);
        }
        rethrow(failure.get());
    }

    private static void drain(ExecutorService pool) {
        pool.shutdown();
        boolean interrupted = false;
        while (!pool.isTerminated()) {
            try {
                pool.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void step(ProgressListener progress, int[] frames, int i) {
        progress.checkCancelled();
        if (i % PROGRESS_EVERY == 0) {
            progress.progress(frames[i], -1, "frame " + frames[i]);
        }
    }

    private static void rethrow(Throwable t) throws IOException {
        if (t == null) {
            return;
        }
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error err) {
            throw err;
        }
        throw new IllegalStateException(t);
    }
}
