package com.courtside.inference.video;

import com.courtside.timeline.task.CancelledException;
import com.courtside.timeline.task.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One open video in the workstation: its facts and index, the {@link FrameServer} that feeds the viewer, and the
 * scrubbing proxy built on a background thread the first time the video is opened and kept on disk afterwards.
 * Closing it stops both threads and releases every decoder.
 */
public final class VideoSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(VideoSession.class);

    private final OpenedVideo video;
    private final FrameServer frames;
    private final CacheDirectory cache;
    private final AtomicBoolean closed = new AtomicBoolean();
    private Thread proxyThread;

    private VideoSession(OpenedVideo video, FrameServer frames, CacheDirectory cache) {
        this.video = video;
        this.frames = frames;
        this.cache = cache;
    }

    /**
     * Inspects and indexes {@code file} from its packet timestamps (seconds; run off the UI thread) and starts its
     * decoder. The count is confirmed by decoding in the background by {@link #startProxy}.
     */
    public static VideoSession open(Path file, CacheDirectory cache, long cacheBudgetBytes,
                                    FrameServer.Listener listener, ProgressListener progress) throws VideoOpenException {
        OpenedVideo video = new VideoProbe(cache, 0).openFast(file, progress);
        return new VideoSession(video, new FrameServer(video, cacheBudgetBytes, 0, listener), cache);
    }

    public OpenedVideo video() {
        return video;
    }

    public FrameServer frames() {
        return frames;
    }

    /**
     * Confirms the frame count by decoding (when it came from packet timestamps), builds the proxy if none is kept
     * for this video, then attaches it to the frame server. Runs on its own
     * low-priority thread; a failure only costs scrubbing speed, so it is logged, not raised.
     */
    public synchronized void startProxy(ProgressListener progress) {
        if (proxyThread != null || cache == null) {
            return;
        }
        ProgressListener cancellable = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
                progress.progress(done, total, message);
            }

            @Override
            public boolean isCancelled() {
                return closed.get() || progress.isCancelled();
            }
        };
        proxyThread = new Thread(() -> buildAndAttach(cancellable), "courtside-proxy");
        proxyThread.setDaemon(true);
        proxyThread.setPriority(Thread.MIN_PRIORITY);
        proxyThread.start();
    }

    private void buildAndAttach(ProgressListener progress) {
        Path file = cache.proxyFile(video.facts().signature());
        try {
            OpenedVideo confirmed = new VideoProbe(cache, 1).confirmByDecoding(video, progress);
            if (!confirmed.index().sameFramesAs(video.index())) {
                progress.progress(0, 0, "Decoding found " + confirmed.facts().frameCount() + " frames where the file's "
                        + "index lists " + video.facts().frameCount() + "; open the video again to use the exact count");
                return;
            }
            if (!Files.isRegularFile(file)) {
                ProxyBuilder.build(video, file, 1, progress);
            }
            OpenedVideo proxy = new VideoProbe(cache, 1).open(file, ProgressListener.NONE);
            if (!closed.get()) {
                frames.attachProxy(proxy);
                progress.progress(1, 1, "Proxy ready");
            }
        } catch (CancelledException e) {
            LOG.debug("proxy build cancelled");
        } catch (VideoOpenException | IOException | RuntimeException e) {
            LOG.warn("no scrubbing proxy for {}: {}", video.facts().path().getFileName(), e.getMessage());
            progress.progress(0, 0, "Proxy unavailable: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        frames.close();
        Thread t;
        synchronized (this) {
            t = proxyThread;
        }
        if (t != null) {
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
