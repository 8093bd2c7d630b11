package com.courtside.inference.video;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Consumer;

/**
 * Serves the frames of one video to a viewer from one decoder thread. Requests (scrub, step) coalesce: only the
 * newest is served. While playing, frames are decoded ahead of the playhead into the {@link FrameCache} and the
 * viewer takes what its clock asks for. While idle, the neighbours of the last request are decoded so that
 * stepping one frame either way is a cache hit. A scrub far from the decoder's position is answered first from
 * the proxy, when one is attached, then exactly.
 */
public final class FrameServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FrameServer.class);

    /** Called on the decoder thread; must return quickly. */
    public interface Listener {
        void frameReady(int index, boolean proxy);

        void failed(VideoOpenException error);
    }

    private static final int PREFETCH_AHEAD = 8;
    private static final int PREFETCH_BEHIND = 12;
    private static final int REVERSE_BLOCK = 16;
    /** A request that costs more frames of decoding than this is first answered from the proxy. */
    private static final int PROXY_THRESHOLD_FRAMES = 6;

    private final OpenedVideo video;
    private final long cacheBudgetBytes;
    /** Replaced (never mutated in size) when the output size changes; readers may still see the old one. */
    private volatile FrameCache cache;
    private final FrameCache proxyCache;
    private final int threads;
    private final Listener listener;
    private final Thread thread;
    private final Object lock = new Object();

    // guarded by lock
    private int requested = -1;
    private int playhead;
    private int direction;
    private int aheadTarget = PREFETCH_AHEAD;
    private boolean idlePrefetch;
    private OpenedVideo pendingProxy;
    private int[] pendingSize;
    private boolean closed;

    // decoder thread only
    private VideoDecoder decoder;
    private VideoDecoder proxyDecoder;

    public FrameServer(OpenedVideo video, long cacheBudgetBytes, int threads, Listener listener) {
        this.video = video;
        this.threads = threads;
        this.listener = listener;
        this.cacheBudgetBytes = cacheBudgetBytes;
        this.cache = new FrameCache(video.facts().width(), video.facts().height(), cacheBudgetBytes);
        int pw = ProxyBuilder.proxyWidth(video.facts().width(), video.facts().height());
        int ph = ProxyBuilder.proxyHeight(video.facts().width(), video.facts().height());
        this.proxyCache = new FrameCache(pw, ph, 64L * pw * ph * 4);
        this.thread = new Thread(this::run, "courtside-decoder");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    public OpenedVideo video() {
        return video;
    }

    /** Asks for one frame (a scrub or a step); a newer request replaces one not yet served. */
    public void request(int frame) {
        synchronized (lock) {
            requested = clamp(frame);
            playhead = requested;
            lock.notifyAll();
        }
    }

    /**
     * Tells where playback is and which way it runs (1 forward, -1 reverse, 0 paused) and how many frames to
     * keep decoded ahead; the decoder works to keep that many cached in the direction of play.
     */
    public void play(int frame, int newDirection, int framesAhead) {
        synchronized (lock) {
            playhead = clamp(frame);
            direction = Integer.signum(newDirection);
            aheadTarget = Math.max(2, Math.min(framesAhead, cache.capacity() - 2));
            cache.setPlayhead(playhead);
            lock.notifyAll();
        }
    }

    /**
     * Sets the size frames are decoded to (at most the video's own): the size the picture is shown at, so the screen
     * never scales a frame and the cache holds more of them. Frames already cached are dropped and the current one
     * is decoded again at the new size.
     */
    public void setOutputSize(int width, int height) {
        int w = Math.max(2, Math.min(video.facts().width(), width));
        int h = Math.max(2, Math.min(video.facts().height(), height));
        synchronized (lock) {
            FrameCache current = cache;
            if (current.width() == w && current.height() == h && pendingSize == null) {
                return;
            }
            pendingSize = new int[] {w, h};
            lock.notifyAll();
        }
    }

    /** Width of the frames this server decodes now. */
    public int outputWidth() {
        return cache.width();
    }

    public int outputHeight() {
        return cache.height();
    }

    /** Makes the proxy available for fast scrubbing; called when its background build has finished. */
    public void attachProxy(OpenedVideo proxy) {
        synchronized (lock) {
            pendingProxy = proxy;
            lock.notifyAll();
        }
    }

    public boolean hasProxy() {
        return proxyDecoder != null;
    }

    /** Copies a cached exact frame to {@code reader} under the cache lock; false when not cached. */
    public boolean readExact(int frame, Consumer<FrameImage> reader) {
        return cache.read(frame, reader);
    }

    /** Copies a cached proxy frame to {@code reader}; false when not cached. */
    public boolean readProxy(int frame, Consumer<FrameImage> reader) {
        return proxyCache.read(frame, reader);
    }

    /** The newest exact frame cached in {@code [from, to]}, or -1. */
    public int latestCachedIn(int from, int to) {
        return cache.latestCachedIn(from, to);
    }

    public FrameCache cache() {
        return cache;
    }

    private int clamp(int frame) {
        return Math.max(0, Math.min(video.facts().frameCount() - 1, frame));
    }

    private void run() {
        try {
            decoder = VideoDecoder.open(video, threads);
            loop();
        } catch (VideoOpenException e) {
            LOG.warn("decoder stopped: {}", e.getMessage());
            listener.failed(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("decoder thread failed", e);
            listener.failed(new VideoOpenException(VideoOpenException.Problem.DAMAGED, video.facts().path(),
                    "Decoding stopped unexpectedly: " + e.getMessage(), e));
        } finally {
            if (decoder != null) {
                decoder.close();
            }
            if (proxyDecoder != null) {
                proxyDecoder.close();
            }
        }
    }

    private void loop() throws InterruptedException, VideoOpenException {
        while (true) {
            int request;
            int head;
            int dir;
            OpenedVideo proxy;
            int[] size;
            synchronized (lock) {
                while (!closed && requested < 0 && pendingProxy == null && pendingSize == null && !hasWork()) {
                    lock.wait(100);
                }
                if (closed) {
                    return;
                }
                request = requested;
                requested = -1;
                head = playhead;
                dir = direction;
                proxy = pendingProxy;
                pendingProxy = null;
                size = pendingSize;
                pendingSize = null;
                if (size != null && request < 0 && dir == 0) {
                    request = head; // show the current frame again at the new size
                }
            }
            if (size != null) {
                resize(size[0], size[1], head);
            }
            if (proxy != null) {
                openProxy(proxy);
            } else if (request >= 0) {
                serve(request);
            } else if (dir > 0) {
                fillAhead(head);
            } else if (dir < 0) {
                fillBehind(head);
            } else {
                prefetchAround(head);
            }
        }
    }

    private boolean hasWork() {
        int count = video.facts().frameCount();
        if (direction > 0) {
            int run = cache.cachedRunFrom(playhead);
            return run < aheadTarget && playhead + run < count;
        }
        if (direction < 0) {
            return playhead > 0 && !cache.contains(playhead - 1);
        }
        return idlePrefetch;
    }

    private void serve(int frame) throws VideoOpenException {
        cache.setPlayhead(frame);
        if (cache.contains(frame)) {
            listener.frameReady(frame, false);
        } else {
            if (proxyDecoder != null && decodeCost(frame) > PROXY_THRESHOLD_FRAMES && serveProxy(frame) && newerRequest()) {
                return; // still scrubbing: the exact frame would be stale before it is shown
            }
            decodeInto(frame);
            listener.frameReady(frame, false);
        }
        synchronized (lock) {
            idlePrefetch = direction == 0;
        }
    }

    private boolean serveProxy(int frame) {
        if (!proxyCache.contains(frame)) {
            FrameImage image = proxyCache.acquire();
            try {
                proxyDecoder.read(frame, image);
                image.stamp(frame, image.ptsMicros(), true);
                proxyCache.put(image);
            } catch (VideoOpenException | RuntimeException e) {
                proxyCache.release(image);
                LOG.warn("proxy frame {} failed, using the original only: {}", frame, e.getMessage());
                proxyDecoder.close();
                proxyDecoder = null;
                return false;
            }
        }
        listener.frameReady(frame, true);
        return true;
    }

    private int decodeCost(int frame) {
        int position = decoder.position();
        if (frame > position && video.index().keyFrameAtOrBefore(frame) <= position) {
            return frame - position;
        }
        return frame - video.index().keyFrameAtOrBefore(frame);
    }

    private boolean newerRequest() {
        synchronized (lock) {
            return requested >= 0;
        }
    }

    private void decodeInto(int frame) throws VideoOpenException {
        FrameImage image = cache.acquire();
        try {
            decoder.read(frame, image);
        } catch (VideoOpenException | RuntimeException e) {
            cache.release(image);
            throw e;
        }
        cache.put(image);
    }

    private void fillAhead(int head) throws VideoOpenException {
        int next = head + cache.cachedRunFrom(head);
        if (next < video.facts().frameCount()) {
            decodeInto(next);
        }
    }

    private void fillBehind(int head) throws VideoOpenException {
        int last = head - 1;
        while (last >= 0 && cache.contains(last)) {
            last--;
        }
        if (last < 0) {
            return;
        }
        decodeBlock(Math.max(0, last - REVERSE_BLOCK + 1), last);
    }

    /** Decodes the neighbours of a served frame while nothing else is asked; stops at the next request. */
    private void prefetchAround(int head) throws VideoOpenException {
        int count = video.facts().frameCount();
        for (int i = 1; i <= PREFETCH_AHEAD && head + i < count; i++) {
            if (!cache.contains(head + i)) {
                decodeInto(head + i);
                return;
            }
        }
        int last = head - 1;
        while (last >= Math.max(0, head - PREFETCH_BEHIND) && cache.contains(last)) {
            last--;
        }
        if (last >= Math.max(0, head - PREFETCH_BEHIND)) {
            decodeBlock(Math.max(0, head - PREFETCH_BEHIND), last);
            return;
        }
        synchronized (lock) {
            idlePrefetch = false;
        }
    }

    /** Decodes {@code [from, to]} with one seek, stopping early for a new request. */
    private void decodeBlock(int from, int to) throws VideoOpenException {
        for (int f = from; f <= to; f++) {
            if (newerRequest()) {
                return;
            }
            if (!cache.contains(f)) {
                decodeInto(f);
            }
        }
    }

    private void resize(int width, int height, int head) {
        decoder.setOutputSize(width, height);
        FrameCache resized = new FrameCache(width, height, cacheBudgetBytes);
        resized.setPlayhead(head);
        cache = resized;
    }

    private void openProxy(OpenedVideo proxy) {
        if (proxy.facts().frameCount() != video.facts().frameCount()) {
            LOG.warn("proxy has {} frames, the video {}: not used", proxy.facts().frameCount(), video.facts().frameCount());
            return;
        }
        try {
            VideoDecoder opened = VideoDecoder.open(proxy, 1);
            if (proxyDecoder != null) {
                proxyDecoder.close();
            }
            proxyDecoder = opened;
        } catch (VideoOpenException e) {
            LOG.warn("proxy could not be opened: {}", e.getMessage());
        }
    }

    /** Stops the decoder thread and releases the decoders; waits briefly for the thread to finish. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
