package com.courtside.ui.labels;

import com.courtside.labeling.store.BallWindow;
import com.courtside.labeling.store.LabelSource;
import com.courtside.labeling.store.Labels.LabeledEvent;
import com.courtside.labeling.store.Labels.LabeledRally;
import com.courtside.labeling.store.Review;
import com.courtside.timeline.BallTrack;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.Rational;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LabelPanelTest {

    /** Ten frames: the model's ball on 0–4 (frame 3 predicted), a hand-set ball on 5, a hand bounce on 5. */
    private static LabelingSession.Snapshot snapshot() {
        int n = 10;
        float[] x = new float[n];
        float[] y = new float[n];
        byte[] vis = new byte[n];
        byte[] source = new byte[n];
        float[] conf = new float[n];
        boolean[] predicted = new boolean[n];
        Arrays.fill(x, Float.NaN);
        Arrays.fill(y, Float.NaN);
        for (int f = 0; f <= 5; f++) {
            x[f] = 100 + f;
            y[f] = 50;
            vis[f] = 1;
            source[f] = (byte) (f == 5 ? LabelSource.HUMAN : LabelSource.MODEL).ordinal();
            conf[f] = f == 5 ? 1f : 0.8f;
        }
        predicted[3] = true;
        BallWindow ball = new BallWindow(0, x, y, vis, source, conf, predicted);
        LabelSet labels = new LabelSet("p", 640, 360, Rational.of(30, 1), new BallTrack(n), List.of(), List.of());
        return new LabelingSession.Snapshot(labels, ball,
                List.of(new LabeledEvent(5, EventKind.BOUNCE, LabelSource.HUMAN, 1L)),
                List.of(new LabeledRally(2, 8, LabelSource.HUMAN, 3L, Review.REVIEWED, "ann", "2026-11-22T10:00:00Z")));
    }

    @Test
    void aModelBallSaysHowSureAndWhetherItWasPredicted() {
        assertThat(LabelPanel.describe(snapshot(), 3).get(0)).isEqualTo("Ball: visible at (103.0, 50.0) · model (predicted), 80 % sure");
    }

    @Test
    void aHandSetBallAndEventSaySoAndTheRallyCountsWhatWasChangedByHand() {
        List<String> lines = LabelPanel.describe(snapshot(), 5);

        assertThat(lines).containsExactly(
                "Ball: visible at (105.0, 50.0) · set by hand",
                "Bounce at frame 5 · set by hand",
                "Rally 1: frames 2–8 · edited · reviewed by ann",
                "Changed by hand in this rally: 1 ball label, 1 event");
    }

    @Test
    void aFrameWithoutLabelsSaysNone() {
        assertThat(LabelPanel.describe(snapshot(), 9)).containsExactly("Ball: none");
    }
}
