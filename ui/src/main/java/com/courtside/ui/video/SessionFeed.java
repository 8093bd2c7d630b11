package com.courtside.ui.video;

import com.courtside.inference.video.CacheDirectory;
import com.courtside.inference.video.FrameServer;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.PlaybackClock;
import com.courtside.inference.video.PlaybackPump;
import com.courtside.inference.video.ProxyBuilder;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.inference.video.VideoSession;
import com.courtside.timeline.VideoFacts;
import com.courtside.timeline.task.ProgressListener;
import com.courtside.ui.player.FrameFeed;
import com.courtside.ui.task.FxCoalescer;

import java.nio.file.Path;

/**
 * The player's frames from one open {@link VideoSession}: requested frames arrive from the decoder thread and are
 * put on the {@link FrameDisplay} on the FX thread (newest only), and during playback a {@link PlaybackPump}
 * copies the frame the clock asks for on every pulse. Owns the session: {@link #close()} stops its threads.
 */
public final class SessionFeed implements FrameFeed, AutoCloseable {

    /** Decoded frames kept in memory: about 30 frames of 1080p, 70 of 720p. */
    public static final long CACHE_BUDGET_BYTES = 256L << 20;
    private static final int FRAMES_AHEAD = 16;

    private record Ready(int index, boolean proxy) {
    }

    private final FrameDisplay display;
    private final FxCoalescer<Ready> ready = new FxCoalescer<>(this::showReady);
    private final FxCoalescer<String> failures = new FxCoalescer<>(this::showFailure);
    private VideoSession session;
    private PlaybackPump pump;
    private Events events;
    private volatile boolean playing;
    private volatile boolean active = true;

    private SessionFeed(FrameDisplay display) {
        this.display = display;
    }

    /** Opens and indexes {@code file} (slow: call off the FX thread). */
    public static SessionFeed open(Path file, CacheDirectory cache, FrameDisplay display, ProgressListener progress)
            throws VideoOpenException {
        SessionFeed feed = new SessionFeed(display);
        feed.session = VideoSession.open(file, cache, CACHE_BUDGET_BYTES, feed.new DecoderEvents(), progress);
        return feed;
    }

    public VideoFacts facts() {
        return session.video().facts();
    }

    /** The indexed video, for work that decodes it on its own (analysis). */
    public OpenedVideo video() {
        return session.video();
    }

    public int proxyWidth() {
        return ProxyBuilder.proxyWidth(facts().width(), facts().height());
    }

    public int proxyHeight() {
        return ProxyBuilder.proxyHeight(facts().width(), facts().height());
    }

    /** Builds or loads the scrubbing proxy on its own thread. */
    public void startProxy(ProgressListener progress) {
        session.startProxy(progress);
    }

    @Override
    public void connect(PlaybackClock clock, Events newEvents) {
        this.events = newEvents;
        this.pump = new PlaybackPump(session.frames(), clock, FRAMES_AHEAD);
        display.setSizeListener((width, height) -> session.frames().setOutputSize(width, height));
    }

    @Override
    public void request(int frame) {
        session.frames().request(frame);
    }

    @Override
    public void startPlayback(int frame) {
        playing = true;
        pump.reset(frame);
        pump.resetCounters();
    }

    @Override
    public void stopPlayback(int frame) {
        playing = false;
        session.frames().play(frame, 0, FRAMES_AHEAD);
        session.frames().request(frame);
    }

    @Override
    public int tick(long nowNanos) {
        return active ? display.showExact(sink -> pump.tick(nowNanos, sink)) : -1;
    }

    @Override
    public long droppedFrames() {
        return pump == null ? 0 : pump.droppedFrames();
    }

    /** Stops putting frames on the display (a newer video took it over); call on the FX thread. */
    public void deactivate() {
        active = false;
    }

    /** Releases the decoders and their threads; may wait for them, so call it off the FX thread. */
    @Override
    public void close() {
        active = false;
        session.close();
    }

    private void showReady(Ready r) {
        if (!active || playing || events == null) {
            return;
        }
        FrameServer server = session.frames();
        int shown = r.proxy()
                ? display.showProxy(sink -> server.readProxy(r.index(), sink) ? r.index() : -1)
                : display.showExact(sink -> server.readExact(r.index(), sink) ? r.index() : -1);
        if (shown >= 0) {
            events.frameShown(shown, r.proxy());
        }
    }

    private void showFailure(String message) {
        if (active && events != null) {
            events.failed(message);
        }
    }

    /** Runs on the decoder thread: only hands over to the FX thread. */
    private final class DecoderEvents implements FrameServer.Listener {
        @Override
        public void frameReady(int index, boolean proxy) {
            if (active && !playing) {
                ready.post(new Ready(index, proxy));
            }
        }

        @Override
        public void failed(VideoOpenException error) {
            failures.post(error.getMessage());
        }
    }
}
