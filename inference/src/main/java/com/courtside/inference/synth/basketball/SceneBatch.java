package com.courtside.inference.synth.basketball;

import com.courtside.timeline.task.CancelledException;
import com.courtside.timeline.task.ProgressListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A set of one-shot scenes rendered a few at a time on a small pool. Progress from all scenes is summed into
 * one count for the caller's listener, which is called from one thread at a time; the first failure or a cancel
 * stops the others, and every scene removes its own unfinished file.
 */
final class SceneBatch {

    private final BasketballRenderer renderer;
    private final BasketballOptions options;
    private final int count;
    private final Path video;
    private final ProgressListener listener;
    private final long[] done;
    private final long total;

    SceneBatch(BasketballRenderer renderer, BasketballOptions options, int count, Path video, ProgressListener listener) {
        this.renderer = renderer;
        this.options = options;
        this.count = count;
        this.video = video;
        this.listener = listener;
        this.done = new long[count];
        this.total = (long) count * options.frameCount();
    }

    List<BasketballResult> run(int workers) throws IOException, InterruptedException {
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "courtside-basketball-scene-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        List<Future<BasketballResult>> futures = new ArrayList<>(count);
        try {
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> scene(index)));
            }
            List<BasketballResult> results = new ArrayList<>(count);
            for (Future<BasketballResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    private BasketballResult scene(int index) throws IOException, InterruptedException {
        BasketballOptions scene = options.withSeed(BasketballOptions.sceneSeed(options.seed(), index));
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("scene", index);
        extra.put("sceneSetSeed", options.seed());
        return renderer.renderClip(scene, BasketballRenderer.sceneFile(video, index), extra, new ProgressListener() {
            @Override
            public void progress(long d, long t, String message) {
                report(index, d, message);
            }

            @Override
            public boolean isCancelled() {
                return cancelled() || Thread.currentThread().isInterrupted();
            }
        });
    }

    private synchronized void report(int index, long d, String message) {
        done[index] = d;
        long sum = 0;
        for (long v : done) {
            sum += v;
        }
        listener.progress(sum, total, message);
    }

    private synchronized boolean cancelled() {
        return listener.isCancelled();
    }

    private static IOException unwrap(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof CancelledException c) {
            throw c;
        }
        if (cause instanceof UncheckedIOException u) {
            return u.getCause();
        }
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IOException("a scene failed: " + cause.getMessage(), cause);
    }
}
