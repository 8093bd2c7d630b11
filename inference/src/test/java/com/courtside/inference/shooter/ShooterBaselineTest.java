package com.courtside.inference.shooter;

import com.courtside.timeline.players.PersonBoxes;
import com.courtside.timeline.players.PlayerSlot;
import com.courtside.timeline.players.Shot;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Hand-made scenes on a 224×224 source (no scaling): the shot leaves at (104, 104), the centre of patch (6, 6), at
 * frame 20 of a 30 fps video; the window is frames 8..23 with the release in slot 12. People are 16 px wide and
 * 48 px tall unless said otherwise; "n patches left" means their box starts n·16 px left of the origin patch.
 */
class ShooterBaselineTest {

    private static final int RELEASE = 20;
    private static final Shot SHOT = new Shot(RELEASE, null, 104, 104);
    private static final ShooterWindow WINDOW = ShooterWindow.around(RELEASE, 30, 100);

    private static ShooterScores score(PersonBoxes boxes) {
        float[] maps = new TrackHeatmaps(224, 224).build(boxes, SHOT, WINDOW);
        return ShooterBaseline.score(maps, WINDOW.releaseSlot());
    }

    /** A player whose box's left edge is {@code column} patches from the left, rows 5–7, on frames from..to. */
    private static void stand(PersonBoxes.Builder b, PlayerSlot slot, float column, int from, int to) {
        for (int f = from; f <= to; f++) {
            b.add(f, slot.ordinal(), slot, column * 16, 88, 16, 48, 1f);
        }
    }

    @Test
    void thePlayerStandingAtTheOriginWins() {
        PersonBoxes.Builder b = new PersonBoxes.Builder();
        stand(b, PlayerSlot.O1, 2, 0, 30);
        stand(b, PlayerSlot.O2, 10, 0, 30);
        stand(b, PlayerSlot.O3, 6, 0, 30);
        stand(b, PlayerSlot.O4, 9, 0, 30);
        stand(b, PlayerSlot.O5, 12, 0, 30);

        ShooterScores scores = score(b.build());

        assertThat(scores.best()).isEqualTo(PlayerSlot.O3);
        assertThat(scores.score(PlayerSlot.O3)).isGreaterThan(0.9f);
        assertThat(sum(scores)).isCloseTo(1f, within(1e-5f));
        assertThat(scores.method()).isEqualTo("baseline");
        // Three patches away (O4) beats four (O1, O2), which beat six (O5).
        assertThat(scores.score(PlayerSlot.O4)).isGreaterThan(scores.score(PlayerSlot.O1));
        assertThat(scores.score(PlayerSlot.O1)).isGreaterThan(scores.score(PlayerSlot.O5));
    }

    @Test
    void playersNeverSeenBeforeTheReleaseScoreLowest() {
        PersonBoxes.Builder b = new PersonBoxes.Builder();
        stand(b, PlayerSlot.O1, 6, 0, 30);
        stand(b, PlayerSlot.O2, 13, 0, 30);
        // O4 only runs onto the origin after the release: frames 21.. do not count.
        stand(b, PlayerSlot.O4, 6, RELEASE + 1, 30);

        ShooterScores scores = score(b.build());

        assertThat(scores.best()).isEqualTo(PlayerSlot.O1);
        float absent = scores.score(PlayerSlot.O3);
        assertThat(scores.score(PlayerSlot.O4)).isEqualTo(absent);
        assertThat(scores.score(PlayerSlot.O5)).isEqualTo(absent);
        assertThat(scores.score(PlayerSlot.O2)).as("far but present").isGreaterThan(absent);
    }

    @Test
    void whenTwoPlayersReachTheOriginPatchTheOneWhoseBodyIsOnItWins() {
        PersonBoxes.Builder b = new PersonBoxes.Builder();
        for (int f = 0; f <= RELEASE; f++) {
            // O2 is centred on the origin; O1 is beside it, wider, covering half the origin patch and two more.
            b.add(f, 1, PlayerSlot.O1, 104, 88, 40, 48, 1f);
            b.add(f, 2, PlayerSlot.O2, 96, 88, 16, 48, 1f);
        }

        ShooterScores scores = score(b.build());

        float[] close = ShooterBaseline.closeness(new TrackHeatmaps(224, 224).build(b.build(), SHOT, WINDOW),
                WINDOW.releaseSlot());
        assertThat(scores.best()).isEqualTo(PlayerSlot.O2);
        assertThat(close[1]).isGreaterThan(close[0]);
        // Both reach the origin patch, so the margin is the tie-break's: small.
        assertThat(close[1] - close[0]).isLessThan(ShooterBaseline.TIE_WEIGHT);
    }

    @Test
    void equallyCloseAtTheReleaseTheOneWhoCameFromNearerWins() {
        PersonBoxes.Builder b = new PersonBoxes.Builder();
        // Two patches either side of the origin at the release; before it O1 waited two patches away, O2 six.
        stand(b, PlayerSlot.O1, 4, 0, RELEASE - 3);
        stand(b, PlayerSlot.O2, 12, 0, RELEASE - 3);
        stand(b, PlayerSlot.O1, 4, RELEASE - 2, 30);
        stand(b, PlayerSlot.O2, 8, RELEASE - 2, 30);

        ShooterScores scores = score(b.build());

        assertThat(scores.best()).isEqualTo(PlayerSlot.O1);
        assertThat(scores.score(PlayerSlot.O1)).isGreaterThan(scores.score(PlayerSlot.O2));
    }

    @Test
    void aPerfectTieGivesEqualScoresAndTheLowerSlot() {
        PersonBoxes.Builder b = new PersonBoxes.Builder();
        // Mirror images about the origin patch's centre.
        stand(b, PlayerSlot.O4, 3, 0, 30);
        stand(b, PlayerSlot.O2, 9, 0, 30);

        ShooterScores scores = score(b.build());

        assertThat(scores.score(PlayerSlot.O2)).isEqualTo(scores.score(PlayerSlot.O4));
        assertThat(scores.best()).isEqualTo(PlayerSlot.O2);
    }

    @Test
    void nearerFramesToTheReleaseCountMore() {
        PersonBoxes.Builder b = new PersonBoxes.Builder();
        // O1 was on the origin early and left; O2 arrived just before the release.
        stand(b, PlayerSlot.O1, 6, 0, RELEASE - 5);
        stand(b, PlayerSlot.O1, 12, RELEASE - 4, 30);
        stand(b, PlayerSlot.O2, 12, 0, RELEASE - 5);
        stand(b, PlayerSlot.O2, 6, RELEASE - 4, 30);

        assertThat(score(b.build()).best()).isEqualTo(PlayerSlot.O2);
    }

    private static float sum(ShooterScores scores) {
        float s = 0;
        for (float v : scores.scores()) {
            s += v;
        }
        return s;
    }
}
