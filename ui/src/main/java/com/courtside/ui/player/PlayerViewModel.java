package com.courtside.ui.player;

import com.courtside.inference.video.PlaybackClock;
import com.courtside.timeline.Rational;
import com.courtside.timeline.VideoFacts;
import javafx.beans.property.BooleanProperty;
import com.courtside.ui.overlay.LabelLayer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.function.LongSupplier;

/**
 * The transport of the player: which frame is the playhead, whether and how fast it plays, and the commands of
 * the keyboard and buttons. Playback follows a {@link PlaybackClock}; the frames come from a {@link FrameFeed}.
 * Holds no controls; runs on the FX thread in the application and on the test thread in tests.
 */
public final class PlayerViewModel {

    /** How long playback may wait at the end for the last frame to be decoded before it stops anyway. */
    private static final long END_GRACE_NANOS = 1_000_000_000L;

    private final LongSupplier nanoTime;
    private final ReadOnlyObjectWrapper<VideoFacts> facts = new ReadOnlyObjectWrapper<>(this, "facts");
    private final ReadOnlyIntegerWrapper currentFrame = new ReadOnlyIntegerWrapper(this, "currentFrame");
    private final ReadOnlyIntegerWrapper shownFrame = new ReadOnlyIntegerWrapper(this, "shownFrame", -1);
    private final ReadOnlyBooleanWrapper shownIsProxy = new ReadOnlyBooleanWrapper(this, "shownIsProxy");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyIntegerWrapper direction = new ReadOnlyIntegerWrapper(this, "direction", 1);
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1);
    private final ReadOnlyDoubleWrapper rate = new ReadOnlyDoubleWrapper(this, "rate");
    private final ReadOnlyLongWrapper droppedFrames = new ReadOnlyLongWrapper(this, "droppedFrames");
    private final BooleanProperty overlayVisible = new SimpleBooleanProperty(this, "overlayVisible", true);
    private final ObjectProperty<LabelLayer> labelLayer = new SimpleObjectProperty<>(this, "labelLayer");
    private final ReadOnlyBooleanWrapper looping = new ReadOnlyBooleanWrapper(this, "looping");
    private int loopStart = -1;
    private int loopEnd = -1;
    private final StatusModel status = new StatusModel();
    private FrameFeed feed = Feeds.NONE;
    private PlaybackClock clock;
    private ErrorReporter errors = (title, message) -> { };
    private long endReachedAt = -1;
    private int resumeAfterScrub;

    public PlayerViewModel(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        speed.addListener((obs, old, now) -> onSpeedChanged(now.doubleValue()));
    }

    /** Where decoding failures are told to the user. */
    public void setErrorReporter(ErrorReporter reporter) {
        this.errors = reporter;
    }

    /**
     * Shows a newly opened video from its first frame with its label layer (or none); the previous video's feed
     * is no longer used.
     */
    public void load(VideoFacts newFacts, FrameFeed newFeed, LabelLayer layer) {
        pause();
        feed = newFeed;
        clock = new PlaybackClock(newFacts.fps(), newFacts.frameCount());
        newFeed.connect(clock, new FeedEvents(newFeed));
        direction.set(1);
        droppedFrames.set(0);
        shownFrame.set(-1);
        shownIsProxy.set(false);
        currentFrame.set(0);
        labelLayer.set(layer);
        facts.set(newFacts);
        status.showVideo(newFacts);
        newFeed.request(0);
    }

    // ---- commands ------------------------------------------------------------------------------------------

    public void togglePlay() {
        if (isPlaying()) {
            pause();
        } else {
            start(1);
        }
    }

    /** Plays forward at the chosen speed; from the last frame it starts over at the first. */
    public void play() {
        start(1);
    }

    public void pause() {
        stopLoop();
        if (!isPlaying()) {
            return;
        }
        clock.pause(nanoTime.getAsLong());
        stopped(currentFrame.get());
    }

    /** L: play forward, each further press faster (1×, 2×, 4×). */
    public void shuttleForward() {
        shuttle(1);
    }

    /** J: play backward, each further press faster (−1×, −2×, −4×). */
    public void shuttleReverse() {
        shuttle(-1);
    }

    public void stepForward() {
        pause();
        seek(currentFrame.get() + 1);
    }

    public void stepBackward() {
        pause();
        seek(currentFrame.get() - 1);
    }

    /** Moves the playhead by whole seconds of video (Shift+arrows), by the video's frame rate. */
    public void jumpSeconds(int seconds) {
        VideoFacts f = facts.get();
        if (f != null) {
            seek(currentFrame.get() + framesIn(seconds, f.fps()));
        }
    }

    public void seekFirst() {
        seek(0);
    }

    public void seekLast() {
        seek(Integer.MAX_VALUE);
    }

    /**
     * Plays frames {@code start..end} over and over until paused, or until a seek leaves them: "play rally".
     */
    public void playLoop(int start, int end) {
        VideoFacts f = facts.get();
        if (f == null || end < start) {
            return;
        }
        pause();
        loopStart = Math.max(0, start);
        loopEnd = Math.min(f.frameCount() - 1, end);
        looping.set(true);
        seek(loopStart);
        start(1);
    }

    /** Ends "play rally"; playback goes on past the rally's end. */
    public void stopLoop() {
        loopStart = -1;
        loopEnd = -1;
        looping.set(false);
    }

    /** True while a range plays in a loop. */
    public ReadOnlyBooleanProperty loopingProperty() {
        return looping.getReadOnlyProperty();
    }

    /** Moves the playhead (clamped to the video); playback, if running, continues from there. */
    public void seek(int frame) {
        VideoFacts f = facts.get();
        if (f == null) {
            return;
        }
        if (looping.get() && (frame < loopStart || frame > loopEnd)) {
            stopLoop();
        }
        int target = Math.max(0, Math.min(f.frameCount() - 1, frame));
        currentFrame.set(target);
        feed.request(target);
        if (isPlaying()) {
            endReachedAt = -1;
            clock.start(target, rate.get(), nanoTime.getAsLong());
            feed.startPlayback(target);
        }
    }

    /**
     * While the user drags the scrubber playback waits, so the frames shown are the ones under the mouse; when
     * the drag ends it plays on, the same way, from where the drag ended.
     */
    public void setScrubbing(boolean scrubbing) {
        if (scrubbing) {
            if (isPlaying()) {
                resumeAfterScrub = direction.get();
                pause();
            }
        } else if (resumeAfterScrub != 0) {
            int way = resumeAfterScrub;
            resumeAfterScrub = 0;
            start(way);
        }
    }

    /** One display pulse (an {@code AnimationTimer} tick): advances playback with the clock. */
    public void onPulse(long nowNanos) {
        if (!isPlaying()) {
            return;
        }
        int shown = feed.tick(nowNanos);
        if (shown >= 0) {
            currentFrame.set(shown);
            shownFrame.set(shown);
            shownIsProxy.set(false);
        }
        droppedFrames.set(feed.droppedFrames());
        if (looping.get() && direction.get() > 0 && currentFrame.get() >= loopEnd) {
            currentFrame.set(loopStart);
            feed.request(loopStart);
            endReachedAt = -1;
            clock.start(loopStart, rate.get(), nowNanos);
            feed.startPlayback(loopStart);
            return;
        }
        if (clock.atEnd(nowNanos)) {
            int end = clock.frameAt(nowNanos);
            if (endReachedAt < 0) {
                endReachedAt = nowNanos;
            }
            if (currentFrame.get() == end || nowNanos - endReachedAt > END_GRACE_NANOS) {
                clock.pause(nowNanos);
                currentFrame.set(end);
                stopped(end);
            }
        }
    }

    // ---- internals -----------------------------------------------------------------------------------------

    static int framesIn(int seconds, Rational fps) {
        return (int) Math.round(seconds * (double) fps.num() / fps.den());
    }

    private void shuttle(int way) {
        boolean sameWay = isPlaying() && direction.get() == way;
        double next = Shuttle.next(sameWay, speed.get());
        if (sameWay) {
            speed.set(next);
        } else {
            pause();
            speed.set(next);
            start(way);
        }
    }

    private void start(int way) {
        VideoFacts f = facts.get();
        if (f == null || isPlaying()) {
            return;
        }
        int from = currentFrame.get();
        int last = f.frameCount() - 1;
        if (way > 0 && from >= last) {
            from = 0;
            currentFrame.set(0);
            feed.request(0);
        } else if (way < 0 && from <= 0) {
            return;
        }
        direction.set(way);
        endReachedAt = -1;
        clock.start(from, way * speed.get(), nanoTime.getAsLong());
        playing.set(true);
        updateRate();
        feed.startPlayback(from);
    }

    private void stopped(int frame) {
        playing.set(false);
        updateRate();
        feed.stopPlayback(frame);
    }

    private void onSpeedChanged(double newSpeed) {
        double clamped = Shuttle.clamp(newSpeed);
        if (clamped != newSpeed) {
            speed.set(clamped);
            return;
        }
        if (isPlaying()) {
            long now = nanoTime.getAsLong();
            int frame = currentFrame.get();
            clock.start(frame, direction.get() * clamped, now);
            feed.startPlayback(frame);
        }
        updateRate();
    }

    private void updateRate() {
        rate.set(isPlaying() ? direction.get() * speed.get() : 0);
    }

    /** Receives the feed's events and drops those of a feed that has been replaced. */
    private final class FeedEvents implements FrameFeed.Events {
        private final FrameFeed source;

        FeedEvents(FrameFeed source) {
            this.source = source;
        }

        @Override
        public void frameShown(int index, boolean proxy) {
            if (source == feed) {
                shownFrame.set(index);
                shownIsProxy.set(proxy);
            }
        }

        @Override
        public void failed(String userMessage) {
            if (source == feed) {
                pause();
                status.setMessage(userMessage);
                errors.report("Video playback stopped", userMessage);
            }
        }
    }

    // ---- properties ----------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<VideoFacts> factsProperty() {
        return facts.getReadOnlyProperty();
    }

    public VideoFacts getFacts() {
        return facts.get();
    }

    /** The playhead: the frame shown, or being fetched for showing. */
    public ReadOnlyIntegerProperty currentFrameProperty() {
        return currentFrame.getReadOnlyProperty();
    }

    public int getCurrentFrame() {
        return currentFrame.get();
    }

    /** The frame whose pixels are on screen (-1 before the first); may trail the playhead while decoding. */
    public ReadOnlyIntegerProperty shownFrameProperty() {
        return shownFrame.getReadOnlyProperty();
    }

    /** True while the frame on screen is the low-resolution proxy stand-in. */
    public ReadOnlyBooleanProperty shownIsProxyProperty() {
        return shownIsProxy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    /** The speed magnitude chosen with the speed control or the shuttle, 0.1..4. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** Signed playback rate: speed × direction while playing, 0 when paused. */
    public ReadOnlyDoubleProperty rateProperty() {
        return rate.getReadOnlyProperty();
    }

    public double getRate() {
        return rate.get();
    }

    public ReadOnlyLongProperty droppedFramesProperty() {
        return droppedFrames.getReadOnlyProperty();
    }

    public BooleanProperty overlayVisibleProperty() {
        return overlayVisible;
    }

    /** The labels drawn over the video and shaded on the scrubber; null when the video has none. */
    public ObjectProperty<LabelLayer> labelLayerProperty() {
        return labelLayer;
    }

    public StatusModel status() {
        return status;
    }
}
