package com.courtside.inference.synth.basketball;

import com.courtside.timeline.io.BasketballTruth;
import com.courtside.timeline.players.PersonBoxes;
import com.courtside.timeline.players.PlayerSlot;
import com.courtside.timeline.players.Shot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The truth against the pixels it describes, checked on the canvas before grain and encoding: one 8 s match at
 * 640x360 drawn once and shared by the tests.
 */
class BasketballSessionTest {

    private static final BasketballOptions MATCH = BasketballOptions.match().withSize(640, 360).withDuration(8).withSeed(4);

    private static BasketballTruth truth;
    private static Body[] people;
    private static int kitChecked;
    private static int kitMatched;
    private static int ballChecked;
    private static int ballOrange;

    @BeforeAll
    static void drawMatch() {
        BasketballSession session = new BasketballSession(MATCH);
        people = session.people();
        for (int f = 0; f < MATCH.frameCount(); f++) {
            CourtComposer.FrameTruth frame = session.drawFrame(f);
            checkPixels(session.canvas(), frame);
        }
        truth = session.truth(Map.of());
        session.dispose();
    }

    /** Kit colour at the centre of every player box that no other box overlaps; ball colour at the ball. */
    private static void checkPixels(BufferedImage canvas, CourtComposer.FrameTruth frame) {
        float[][] boxes = frame.boxes();
        for (int i = 0; i < 10; i++) {
            float[] b = boxes[i];
            if (b == null || overlapsAnother(boxes, i)) {
                continue;
            }
            kitChecked++;
            Color at = new Color(canvas.getRGB((int) (b[0] + b[2] / 2), (int) (b[1] + b[3] / 2)));
            kitMatched += distance(at, people[i].look.shirt()) < 30 ? 1 : 0;
        }
        if (!Float.isNaN(frame.ballX())) {
            ballChecked++;
            Color at = new Color(canvas.getRGB((int) frame.ballX(), (int) frame.ballY()));
            ballOrange += distance(at, BallPainter.ORANGE) < 40 ? 1 : 0;
        }
    }

    @Test
    void shirtColourAtAnUnoccludedBoxCentreIsTheKitColour() {
        assertThat(kitChecked).isGreaterThan(MATCH.frameCount());
        assertThat(kitMatched).isGreaterThanOrEqualTo(kitChecked * 95 / 100);
    }

    @Test
    void offenceWearsTheLightKitAndDefenceTheDarkOne() {
        for (int i = 0; i < 5; i++) {
            assertThat(people[i].slot).isEqualTo(PlayerSlot.OFFENCE[i]);
            assertThat(luma(people[i].look.shirt())).isGreaterThan(150);
            assertThat(people[i + 5].slot.isDefence()).isTrue();
            assertThat(luma(people[i + 5].look.shirt())).isLessThan(80);
        }
    }

    @Test
    void ballIsOrangeWhereTheTruthSaysItIsSeen() {
        assertThat(ballChecked).isGreaterThan(MATCH.frameCount() / 2);
        assertThat(ballOrange).isGreaterThanOrEqualTo(ballChecked * 95 / 100);
    }

    @Test
    void everyFrameHoldsTenPlayersAndTheOthersBesideTheCourt() {
        PersonBoxes p = truth.people();
        for (int f = 0; f < truth.frameCount(); f++) {
            int players = 0;
            int others = 0;
            for (int i = p.first(f); i < p.end(f); i++) {
                if (p.slot(i).isPlayer()) {
                    players++;
                } else {
                    others++;
                }
            }
            assertThat(players).as("players in frame %d", f).isEqualTo(10);
            assertThat(others).as("referee and bench in frame %d", f).isBetween(3, 4);
        }
    }

    @Test
    void aTrackKeepsItsSlotAndMovesOnlyAPlausibleStepPerFrame() {
        PersonBoxes p = truth.people();
        float[] lastX = new float[32];
        float[] lastY = new float[32];
        PlayerSlot[] slot = new PlayerSlot[32];
        int[] lastFrame = new int[32];
        double maxStep = 0.035 * MATCH.width();
        for (int i = 0; i < p.size(); i++) {
            int t = p.track(i);
            if (slot[t] != null) {
                assertThat(p.slot(i)).isEqualTo(slot[t]);
                if (lastFrame[t] == p.frame(i) - 1) {
                    double step = Math.hypot(p.centreX(i) - lastX[t], p.centreY(i) - lastY[t]);
                    assertThat(step).as("track %d moving into frame %d", t, p.frame(i)).isLessThan(maxStep);
                }
            }
            slot[t] = p.slot(i);
            lastX[t] = p.centreX(i);
            lastY[t] = p.centreY(i);
            lastFrame[t] = p.frame(i);
        }
    }

    @Test
    void theShooterHoldsTheBallAtTheReleaseFrame() {
        assertThat(truth.shots()).isNotEmpty();
        PersonBoxes p = truth.people();
        for (BasketballTruth.ShotTruth s : truth.shots()) {
            Shot shot = s.shot();
            int track = shot.shooter().offenceIndex() + 1;
            boolean found = false;
            for (int i = p.first(shot.releaseFrame()); i < p.end(shot.releaseFrame()); i++) {
                if (p.track(i) == track) {
                    found = true;
                    float margin = 8;
                    assertThat(shot.originX()).isBetween(p.x(i) - margin, p.x(i) + p.width(i) + margin);
                    assertThat(shot.originY()).isBetween(p.y(i) - margin, p.y(i) + p.height(i) + margin);
                    // Held above the head: in the top third of the shooter's box.
                    assertThat(shot.originY()).isLessThan(p.y(i) + p.height(i) / 3);
                }
            }
            assertThat(found).as("shooter's box at the release frame").isTrue();
        }
    }

    @Test
    void theSameSeedGivesTheSameTruth() {
        BasketballSession again = new BasketballSession(MATCH.withDuration(3));
        BasketballSession other = new BasketballSession(MATCH.withDuration(3).withSeed(5));
        Set<Float> differences = new HashSet<>();
        for (int f = 0; f < 90; f++) {
            CourtComposer.FrameTruth a = again.drawFrame(f);
            CourtComposer.FrameTruth b = other.drawFrame(f);
            differences.add(a.boxes()[0][0] - b.boxes()[0][0]);
        }
        BasketballTruth t = again.truth(Map.of());
        for (int i = 0; i < t.people().size(); i++) {
            int j = truth.people().first(t.people().frame(i)) + (i - t.people().first(t.people().frame(i)));
            assertThat(t.people().x(i)).isEqualTo(truth.people().x(j));
            assertThat(t.people().height(i)).isEqualTo(truth.people().height(j));
        }
        assertThat(differences).as("another seed gives another clip").hasSizeGreaterThan(1);
    }

    private static boolean overlapsAnother(float[][] boxes, int i) {
        float[] a = boxes[i];
        for (int j = 0; j < boxes.length; j++) {
            float[] b = boxes[j];
            if (j != i && b != null && a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3]) {
                return true;
            }
        }
        return false;
    }

    private static double distance(Color a, Color b) {
        return Math.sqrt(Math.pow(a.getRed() - b.getRed(), 2) + Math.pow(a.getGreen() - b.getGreen(), 2)
                + Math.pow(a.getBlue() - b.getBlue(), 2));
    }

    private static double luma(Color c) {
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
    }
}
