package com.courtside.ui.player;

import com.courtside.timeline.FileSignature;
import com.courtside.timeline.Rational;
import com.courtside.timeline.VideoFacts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class PlayerViewModelTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final PlayerViewModel player = new PlayerViewModel(now::get);
    private final ScriptedFeed feed = new ScriptedFeed();

    static VideoFacts facts(int frames, Rational fps) {
        return new VideoFacts(Path.of("/videos/match.mp4"), "mp4", "h264", 1280, 720, frames, frames, fps,
                Rational.of(1, 12800), 0, 0, true, (FileSignature) null);
    }

    @BeforeEach
    void load() {
        player.load(facts(250, Rational.of(25, 1)), feed, null);
    }

    private void advance(double seconds) {
        now.addAndGet((long) (seconds * SECOND));
        player.onPulse(now.get());
    }

    @Test
    void loadingShowsFrameZeroPausedAtOneX() {
        assertThat(player.getCurrentFrame()).isZero();
        assertThat(player.isPlaying()).isFalse();
        assertThat(player.getRate()).isZero();
        assertThat(player.speedProperty().get()).isEqualTo(1.0);
        assertThat(feed.requests).containsExactly(0);
    }

    @Test
    void togglePlayStartsThenPauses() {
        player.togglePlay();
        assertThat(player.isPlaying()).isTrue();
        assertThat(player.getRate()).isEqualTo(1.0);

        player.togglePlay();
        assertThat(player.isPlaying()).isFalse();
        assertThat(player.getRate()).isZero();
    }

    @Test
    void playbackFollowsTheClock() {
        player.play();
        advance(1.0);
        assertThat(player.getCurrentFrame()).isEqualTo(25);
        assertThat(player.shownFrameProperty().get()).isEqualTo(25);
        advance(0.5);
        assertThat(player.getCurrentFrame()).isEqualTo(37);
    }

    @Test
    void pauseKeepsTheFrameOnScreenAndSettlesTheFeedThere() {
        player.play();
        advance(2.0);
        player.pause();
        advance(1.0);
        assertThat(player.getCurrentFrame()).isEqualTo(50);
        assertThat(feed.calls).endsWith("stop 50");
    }

    @Test
    void shuttleForwardClimbsOneTwoFourAndStaysAtFour() {
        List<Double> rates = new ArrayList<>();
        for (int press = 0; press < 4; press++) {
            player.shuttleForward();
            rates.add(player.getRate());
        }
        assertThat(rates).containsExactly(1.0, 2.0, 4.0, 4.0);
    }

    @Test
    void shuttleReverseClimbsMinusOneTwoFour() {
        player.seek(200);
        List<Double> rates = new ArrayList<>();
        for (int press = 0; press < 3; press++) {
            player.shuttleReverse();
            rates.add(player.getRate());
        }
        assertThat(rates).containsExactly(-1.0, -2.0, -4.0);
    }

    @Test
    void jklSequenceGoesForwardPausesThenReverses() {
        player.shuttleForward();
        player.shuttleForward();
        advance(1.0);
        assertThat(player.getCurrentFrame()).isEqualTo(50);

        player.pause();
        assertThat(player.isPlaying()).isFalse();

        player.shuttleReverse();
        assertThat(player.getRate()).isEqualTo(-1.0);
        advance(1.0);
        assertThat(player.getCurrentFrame()).isEqualTo(25);
    }

    @Test
    void reversingWhilePlayingForwardRestartsAtOneX() {
        player.seek(100);
        player.shuttleForward();
        player.shuttleForward();
        player.shuttleReverse();
        assertThat(player.getRate()).isEqualTo(-1.0);
    }

    @Test
    void reversePlayAtTheFirstFrameStaysPaused() {
        player.shuttleReverse();
        assertThat(player.isPlaying()).isFalse();
    }

    @Test
    void stepsMoveOneFrameAndPauseFirst() {
        player.play();
        advance(0.4);
        player.stepForward();
        assertThat(player.isPlaying()).isFalse();
        assertThat(player.getCurrentFrame()).isEqualTo(11);
        player.stepBackward();
        player.stepBackward();
        assertThat(player.getCurrentFrame()).isEqualTo(9);
        assertThat(feed.lastRequest()).isEqualTo(9);
    }

    @Test
    void stepForwardClampsAtTheLastFrame() {
        player.seekLast();
        player.stepForward();
        assertThat(player.getCurrentFrame()).isEqualTo(249);
    }

    @Test
    void stepBackwardClampsAtTheFirstFrame() {
        player.stepBackward();
        assertThat(player.getCurrentFrame()).isZero();
    }

    @ParameterizedTest
    @CsvSource({
            "25, 1, 100, 125",
            "30000, 1001, 100, 130",
            "50, 1, 100, 150",
            "60000, 1001, 10, 70"})
    void jumpOneSecondUsesTheFrameRate(long num, long den, int from, int expected) {
        player.load(facts(1000, Rational.of(num, den)), feed, null);
        player.seek(from);
        player.jumpSeconds(1);
        assertThat(player.getCurrentFrame()).isEqualTo(expected);
        player.jumpSeconds(-1);
        assertThat(player.getCurrentFrame()).isEqualTo(from);
    }

    @Test
    void jumpBackClampsAtZero() {
        player.seek(10);
        player.jumpSeconds(-1);
        assertThat(player.getCurrentFrame()).isZero();
    }

    @Test
    void homeAndEndGoToTheEnds() {
        player.seekLast();
        assertThat(player.getCurrentFrame()).isEqualTo(249);
        player.seekFirst();
        assertThat(player.getCurrentFrame()).isZero();
    }

    @Test
    void seekClampsAndRequestsTheFrame() {
        player.seek(5000);
        assertThat(player.getCurrentFrame()).isEqualTo(249);
        player.seek(-3);
        assertThat(feed.lastRequest()).isZero();
    }

    @Test
    void seekWhilePlayingContinuesFromTheNewFrame() {
        player.play();
        advance(1.0);
        player.seek(200);
        advance(1.0);
        assertThat(player.isPlaying()).isTrue();
        assertThat(player.getCurrentFrame()).isEqualTo(225);
    }

    @Test
    void playbackStopsOnTheLastFrame() {
        player.seek(240);
        player.play();
        advance(1.0);
        assertThat(player.isPlaying()).isFalse();
        assertThat(player.getCurrentFrame()).isEqualTo(249);
    }

    @Test
    void reversePlaybackStopsOnTheFirstFrame() {
        player.seek(10);
        player.shuttleReverse();
        advance(1.0);
        assertThat(player.isPlaying()).isFalse();
        assertThat(player.getCurrentFrame()).isZero();
    }

    @Test
    void playingFromTheLastFrameStartsOver() {
        player.seekLast();
        player.play();
        assertThat(player.isPlaying()).isTrue();
        assertThat(player.getCurrentFrame()).isZero();
    }

    @Test
    void changingSpeedWhilePlayingKeepsThePosition() {
        player.play();
        advance(1.0);
        player.speedProperty().set(0.5);
        assertThat(player.getRate()).isEqualTo(0.5);
        advance(2.0);
        assertThat(player.getCurrentFrame()).isEqualTo(50);
    }

    @Test
    void speedIsClampedToTheOfferedRange() {
        player.speedProperty().set(10);
        assertThat(player.speedProperty().get()).isEqualTo(Shuttle.MAX_SPEED);
        player.speedProperty().set(0.01);
        assertThat(player.speedProperty().get()).isEqualTo(Shuttle.MIN_SPEED);
    }

    @Test
    void shownFrameFollowsTheFeed() {
        feed.events.frameShown(7, true);
        assertThat(player.shownFrameProperty().get()).isEqualTo(7);
        assertThat(player.shownIsProxyProperty().get()).isTrue();
    }

    @Test
    void aDecodingFailurePausesAndIsReported() {
        List<String> reported = new ArrayList<>();
        player.setErrorReporter((title, message) -> reported.add(message));
        player.play();
        feed.events.failed("The video is damaged after frame 12.");
        assertThat(player.isPlaying()).isFalse();
        assertThat(reported).containsExactly("The video is damaged after frame 12.");
        assertThat(player.status().messageProperty().get()).isEqualTo("The video is damaged after frame 12.");
    }

    @Test
    void eventsOfAReplacedFeedAreIgnored() {
        FrameFeed.Events old = feed.events;
        player.load(facts(100, Rational.of(25, 1)), new ScriptedFeed(), null);
        old.frameShown(42, false);
        assertThat(player.shownFrameProperty().get()).isEqualTo(-1);
    }

    @Test
    void commandsWithoutAVideoDoNothing() {
        PlayerViewModel empty = new PlayerViewModel(now::get);
        empty.play();
        empty.stepForward();
        empty.jumpSeconds(1);
        empty.shuttleForward();
        assertThat(empty.isPlaying()).isFalse();
        assertThat(empty.getCurrentFrame()).isZero();
    }

    @Test
    void scrubbingPausesPlaybackAndResumesItFromWhereTheDragEnded() {
        player.play();
        advance(1.0);
        player.setScrubbing(true);
        assertThat(player.isPlaying()).isFalse();
        player.seek(100);
        player.seek(120);
        player.setScrubbing(false);
        assertThat(player.isPlaying()).isTrue();
        advance(1.0);
        assertThat(player.getCurrentFrame()).isEqualTo(145);
    }

    @Test
    void scrubbingWhilePausedStaysPaused() {
        player.setScrubbing(true);
        player.seek(80);
        player.setScrubbing(false);
        assertThat(player.isPlaying()).isFalse();
        assertThat(player.getCurrentFrame()).isEqualTo(80);
    }

    @Test
    void aLoopedRallyStartsOverAtItsEndUntilPausedOrLeft() {
        player.playLoop(50, 74);
        assertThat(player.loopingProperty().get()).isTrue();
        assertThat(player.getCurrentFrame()).isEqualTo(50);

        advance(0.5);
        assertThat(player.getCurrentFrame()).isEqualTo(62);
        advance(0.6);
        assertThat(player.getCurrentFrame()).as("back at the start after the end").isEqualTo(50);
        assertThat(player.isPlaying()).isTrue();

        player.seek(200);
        assertThat(player.loopingProperty().get()).as("a seek out of the rally ends the loop").isFalse();
        player.playLoop(50, 74);
        player.pause();
        assertThat(player.loopingProperty().get()).isFalse();
    }
}
