package com.courtside.inference.analysis;

import com.courtside.inference.track.TrackMode;
import com.courtside.inference.track.TrackResult;
import com.courtside.inference.track.TrackSample;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.MatchEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrackModelEventsTest {

    private static final List<EventKind> KINDS = List.of(EventKind.BOUNCE, EventKind.NET);

    /** A 30 fps track that holds the ball on frames 10..40 and 60..70 (predicted on 20..24: hidden). */
    private static TrackResult track() {
        TrackResult r = new TrackResult(100);
        for (int f = 10; f <= 70; f++) {
            if (f > 40 && f < 60) {
                continue;
            }
            boolean hidden = f >= 20 && f <= 24;
            r.record(f, new TrackSample(f, 5f * f, 300f, 0.9f, !hidden,
                    hidden ? TrackMode.RECOVERING : TrackMode.NORMAL));
        }
        return r;
    }

    private static List<MatchEvent> pick(float[][] scores) {
        return TrackModelEvents.pick(track(), scores, KINDS, 0.5f, new int[] {5, 8}, 3, 30);
    }

    @Test
    void aSharpPeakIsTheEvent() {
        float[][] s = new float[2][100];
        s[0][30] = 0.9f;
        s[0][29] = 0.3f;
        s[1][35] = 0.7f;
        assertThat(pick(s)).containsExactly(new MatchEvent(30, EventKind.BOUNCE), new MatchEvent(35, EventKind.NET));
    }

    @Test
    void aBounceTheModelIsUnsureOfGoesToTheMiddleOfItsStretch() {
        // A hidden bounce: the model scores 0.9 from frame 20 to 24 and peaks on the first of them.
        float[][] s = new float[2][100];
        s[0][19] = 0.2f;
        s[0][20] = 0.95f;
        s[0][21] = 0.9f;
        s[0][22] = 0.9f;
        s[0][23] = 0.9f;
        s[0][24] = 0.9f;
        s[0][25] = 0.4f;
        assertThat(pick(s)).containsExactly(new MatchEvent(22, EventKind.BOUNCE));
    }

    @Test
    void peaksBelowTheThresholdCloserThanTheGapOrWithNoBallNearAreLeftOut() {
        float[][] s = new float[2][100];
        s[0][12] = 0.45f;                  // below the threshold
        s[0][30] = 0.8f;
        s[0][33] = 0.9f;                   // 3 frames from the first: one bounce, the higher
        s[0][50] = 0.99f;                  // no ball within 3 frames
        s[0][44] = 0.7f;                   // the ball was last seen 4 frames before... not within 3
        s[0][57] = 0.7f;                   // seen again 3 frames after: counts
        assertThat(pick(s)).containsExactly(new MatchEvent(33, EventKind.BOUNCE),
                new MatchEvent(57, EventKind.BOUNCE));
    }

    @Test
    void theStretchReachesAtMostFourFramesEachSide() {
        float[] s = new float[40];
        for (int f = 5; f <= 35; f++) {
            s[f] = 0.9f;
        }
        s[10] = 1f;
        assertThat(TrackModelEvents.middle(s, 10, 4)).isEqualTo(10);
        assertThat(TrackModelEvents.middle(s, 35, 4)).isEqualTo(33);
    }
}
