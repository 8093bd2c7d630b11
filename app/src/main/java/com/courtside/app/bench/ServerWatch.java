package com.courtside.app.bench;

import com.courtside.inference.video.FrameServer;
import com.courtside.inference.video.VideoOpenException;

import java.nio.ByteBuffer;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Watches a {@link FrameServer} from outside as a viewer does: receives its "frame ready" calls, copies a ready
 * frame into a display buffer, and tells when its decoder thread has gone idle (the idle prefetch has finished).
 */
final class ServerWatch implements FrameServer.Listener {

    private static final String DECODER_THREAD = "courtside-decoder";

    private final BlockingQueue<Integer> ready = new LinkedBlockingQueue<>();
    private volatile VideoOpenException failure;
    private Thread decoderThread;

    @Override
    public void frameReady(int index, boolean proxy) {
        if (!proxy) {
            ready.add(index);
        }
    }

    @Override
    public void failed(VideoOpenException error) {
        failure = error;
        ready.add(-1);
    }

    /** Forgets notices of earlier requests; call before a request whose answer is to be timed. */
    void clear() {
        ready.clear();
    }

    /** Waits for the exact frame {@code index} to be announced; false on timeout. */
    boolean awaitReady(int index, long timeoutMillis) throws VideoOpenException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (true) {
            Integer got = ready.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (failure != null) {
                throw failure;
            }
            if (got == null) {
                return false;
            }
            if (got == index) {
                return true;
            }
        }
    }

    /** Copies a cached exact frame into {@code display}; false when it is not cached. */
    static boolean show(FrameServer server, int index, ByteBuffer display) {
        return server.readExact(index, image -> display.clear().put(image.pixels()));
    }

    /**
     * Waits until the neighbours of {@code head} are cached and the decoder thread waits for work, which it does
     * only once the idle prefetch has nothing left to decode; false on timeout.
     */
    boolean awaitSettled(FrameServer server, int head, long timeoutMillis) throws InterruptedException {
        int last = server.video().facts().frameCount() - 1;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (System.nanoTime() < deadline) {
            boolean neighbours = (head == 0 || server.cache().contains(head - 1))
                    && (head == last || server.cache().contains(head + 1));
            if (neighbours && decoderWaiting()) {
                return true;
            }
            Thread.sleep(2);
        }
        return false;
    }

    private boolean decoderWaiting() {
        if (decoderThread == null || !decoderThread.isAlive()) {
            decoderThread = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> DECODER_THREAD.equals(t.getName()) && t.isAlive())
                    .max((a, b) -> Long.compare(a.getId(), b.getId())).orElse(null);
        }
        if (decoderThread == null) {
            return true; // the thread was renamed: the cached neighbours are all that can be checked
        }
        Thread.State state = decoderThread.getState();
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
    }
}
