package com.courtside.inference.shooter;

import com.courtside.timeline.players.PersonBoxes;
import com.courtside.timeline.players.PlayerSlot;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two players walk towards each other along the baseline of a 1280×720 frame, 6 px a frame each, and cross; for the
 * 9 frames they overlap, the detector sees only the one in front (or, in one test, neither). Boxes jitter by up to
 * 2 px, as a detector's do.
 */
class PlayerTrackerTest {

    private static final int FRAMES = 90;
    private static final float W = 60;
    private static final float H = 180;

    /** Left edge of the player starting left (walking right) and of the one starting right, at frame f. */
    private static float leftWalker(int f) {
        return 200 + 6 * f;
    }

    private static float rightWalker(int f) {
        return 800 - 6 * f;
    }

    /** The right walker is behind the left one while their centres are less than a box width apart. */
    private static boolean hidden(int f) {
        return Math.abs(leftWalker(f) - rightWalker(f)) < W;
    }

    /** The crossing as the detector sees it; when {@code bothLost}, it sees neither while they overlap. */
    private static PersonBoxes crossing(boolean bothLost) {
        Random jitter = new Random(7);
        PersonBoxes.Builder b = new PersonBoxes.Builder();
        for (int f = 0; f < FRAMES; f++) {
            if (bothLost && hidden(f)) {
                continue;
            }
            // Detection order alternates, so the test does not pass by the order of the boxes alone.
            boolean rightFirst = f % 2 == 0;
            if (rightFirst && !hidden(f)) {
                b.add(f, -1, PlayerSlot.OTHER, rightWalker(f) + noise(jitter), 300 + noise(jitter), W, H, 0.8f);
            }
            b.add(f, -1, PlayerSlot.OTHER, leftWalker(f) + noise(jitter), 320 + noise(jitter), W, H, 0.9f);
            if (!rightFirst && !hidden(f)) {
                b.add(f, -1, PlayerSlot.OTHER, rightWalker(f) + noise(jitter), 300 + noise(jitter), W, H, 0.8f);
            }
        }
        return b.build();
    }

    private static float noise(Random r) {
        return (r.nextFloat() - 0.5f) * 4;
    }

    @Test
    void slotsChosenBeforeACrossingComeOutRightAfterTheOcclusion() {
        assertThat(java.util.stream.IntStream.range(0, FRAMES).filter(PlayerTrackerTest::hidden).count())
                .as("frames with the right walker hidden").isEqualTo(9);
        PersonBoxes detections = crossing(false);
        byte[] teams = new byte[detections.size()];
        Arrays.fill(teams, KitTeams.TEAM_A);

        PersonBoxes tracked = new PlayerTracker().track(detections, teams);
        // The user picks the slots on frame 0: the left walker is O1, the right one O2.
        int leftId = idNear(tracked, 0, leftWalker(0));
        int rightId = idNear(tracked, 0, rightWalker(0));
        PersonBoxes slotted = TrackSlots.assign(tracked, teams, Map.of(leftId, PlayerSlot.O1, rightId, PlayerSlot.O2));

        for (int f = 60; f < FRAMES; f++) {
            assertThat(slotAt(slotted, f, leftWalker(f))).as("left walker at frame %d", f).isEqualTo(PlayerSlot.O1);
            assertThat(slotAt(slotted, f, rightWalker(f))).as("right walker at frame %d", f).isEqualTo(PlayerSlot.O2);
        }
        assertThat(distinctTracks(tracked)).isEqualTo(2);
    }

    @Test
    void twoPlayersLostTogetherWhileCrossingAreFoundOnTheSidesTheyWalkedTo() {
        // Nearest-position matching would swap them here: each reappears where the other vanished.
        PersonBoxes detections = crossing(true);

        PersonBoxes tracked = new PlayerTracker().track(detections, null);

        int leftId = idNear(tracked, 0, leftWalker(0));
        int rightId = idNear(tracked, 0, rightWalker(0));
        for (int f = 60; f < FRAMES; f++) {
            assertThat(idNear(tracked, f, leftWalker(f))).as("left walker at frame %d", f).isEqualTo(leftId);
            assertThat(idNear(tracked, f, rightWalker(f))).as("right walker at frame %d", f).isEqualTo(rightId);
        }
    }

    @Test
    void aTrackLostLongerThanAllowedComesBackAsANewTrack() {
        PersonBoxes.Builder b = new PersonBoxes.Builder();
        for (int f = 0; f < 10; f++) {
            b.add(f, -1, PlayerSlot.OTHER, 100, 100, W, H, 1f);
        }
        for (int f = 30; f < 40; f++) {
            b.add(f, -1, PlayerSlot.OTHER, 100, 100, W, H, 1f);
        }

        PersonBoxes tracked = new PlayerTracker(15, 1f).track(b.build(), null);

        assertThat(tracked.track(tracked.first(9))).isEqualTo(0);
        assertThat(tracked.track(tracked.first(30))).isEqualTo(1);
    }

    @Test
    void aPlayerStandingStillThroughAShortGapKeepsItsTrack() {
        PersonBoxes.Builder b = new PersonBoxes.Builder();
        for (int f = 0; f < 40; f++) {
            if (f < 10 || f >= 20) {
                b.add(f, -1, PlayerSlot.OTHER, 100, 100, W, H, 1f);
            }
        }

        PersonBoxes tracked = new PlayerTracker().track(b.build(), null);

        assertThat(distinctTracks(tracked)).isEqualTo(1);
    }

    @Test
    void tracksNeverChosenTakeTheirTeamsUnknownSlotAndTheRefereeIsOther() {
        PersonBoxes.Builder b = new PersonBoxes.Builder();
        for (int f = 0; f < 5; f++) {
            b.add(f, -1, PlayerSlot.OTHER, 100, 100, W, H, 1f);
            b.add(f, -1, PlayerSlot.OTHER, 400, 100, W, H, 1f);
            b.add(f, -1, PlayerSlot.OTHER, 700, 100, W, H, 1f);
            b.add(f, -1, PlayerSlot.OTHER, 1000, 100, W, H, 1f);
        }
        PersonBoxes detections = b.build();
        byte[] teams = new byte[detections.size()];
        for (int i = 0; i < teams.length; i++) {
            float x = detections.x(i);
            teams[i] = x < 300 ? KitTeams.TEAM_A : x < 600 ? KitTeams.TEAM_B : x < 900 ? KitTeams.TEAM_B
                    : KitTeams.OTHER;
        }
        PersonBoxes tracked = new PlayerTracker().track(detections, teams);
        int chosen = idNear(tracked, 0, 400);

        // Choosing a defender on team B tells that team A attacks.
        PersonBoxes slotted = TrackSlots.assign(tracked, teams, Map.of(chosen, PlayerSlot.D3));

        assertThat(slotAt(slotted, 4, 100)).isEqualTo(PlayerSlot.OFFENCE_UNKNOWN);
        assertThat(slotAt(slotted, 4, 400)).isEqualTo(PlayerSlot.D3);
        assertThat(slotAt(slotted, 4, 700)).isEqualTo(PlayerSlot.DEFENCE_UNKNOWN);
        assertThat(slotAt(slotted, 4, 1000)).isEqualTo(PlayerSlot.OTHER);
    }

    @Test
    void inACrossingOfTwoTeamsTheKitsKeepTheTracksApart() {
        PersonBoxes detections = crossing(false);
        byte[] teams = new byte[detections.size()];
        for (int i = 0; i < teams.length; i++) {
            teams[i] = detections.y(i) > 310 ? KitTeams.TEAM_A : KitTeams.TEAM_B;
        }

        PersonBoxes tracked = new PlayerTracker().track(detections, teams);

        int leftId = idNear(tracked, 0, leftWalker(0));
        for (int i = 0; i < tracked.size(); i++) {
            assertThat(tracked.track(i) == leftId).as("box %d", i).isEqualTo(teams[i] == KitTeams.TEAM_A);
        }
    }

    private static int idNear(PersonBoxes boxes, int frame, float left) {
        for (int i = boxes.first(frame); i < boxes.end(frame); i++) {
            if (Math.abs(boxes.x(i) - left) < 5) {
                return boxes.track(i);
            }
        }
        throw new AssertionError("no box near x " + left + " on frame " + frame);
    }

    private static PlayerSlot slotAt(PersonBoxes boxes, int frame, float left) {
        for (int i = boxes.first(frame); i < boxes.end(frame); i++) {
            if (Math.abs(boxes.x(i) - left) < 5) {
                return boxes.slot(i);
            }
        }
        throw new AssertionError("no box near x " + left + " on frame " + frame);
    }

    private static long distinctTracks(PersonBoxes boxes) {
        return java.util.stream.IntStream.range(0, boxes.size()).map(boxes::track).distinct().count();
    }
}
