package com.courtside.inference.shooter;

import com.courtside.timeline.players.PersonBoxes;
import com.courtside.timeline.players.PlayerSlot;
import com.courtside.timeline.players.Shot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.FloatBuffer;

import static com.courtside.inference.shooter.TrackHeatmaps.index;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A hand-made scene on a 896×448 source frame (squashed to 224: x / 4, y / 2), shot released at frame 20 of a 30 fps
 * video, so the window is frames 8..23 and frame 20 is slot 12. Every position below is given in 224 space and
 * multiplied back to source pixels; patch (row, column) covers rows·16.. and columns·16.. of the 224 frame.
 */
class TrackHeatmapsTest {

    private static final int SLOT = 12;
    private static final int FRAME = 20;
    private static float[] maps;

    @BeforeAll
    static void scene() {
        PersonBoxes boxes = new PersonBoxes.Builder()
                // O1 fills patches rows 5–7, columns 2–3 exactly.
                .add(FRAME, 1, PlayerSlot.O1, 4 * 32, 2 * 80, 4 * 32, 2 * 48, 0.9f)
                // D2 covers (1,9) 10×12 px, (2,9) 10×8, (1,10) 5×12 = 60 < 64, (2,10) 5×8: only column 9.
                .add(FRAME, 2, PlayerSlot.D2, 4 * 150, 2 * 20, 4 * 15, 2 * 20, 0.8f)
                // A referee smaller than a quarter patch: only the patch holding its centre (202, 102) = (6,12).
                .add(FRAME, 3, PlayerSlot.OTHER, 4 * 200, 2 * 100, 4 * 4, 2 * 4, 0.7f)
                // O2 wholly left of the frame: nothing.
                .add(FRAME, 4, PlayerSlot.O2, -4 * 50, 2 * 100, 4 * 40, 2 * 40, 0.9f)
                // O3 half out at the bottom left: clipped to x 0..10, y 200..224, so (12,0) and (13,0).
                .add(FRAME, 5, PlayerSlot.O3, -4 * 20, 2 * 200, 4 * 30, 2 * 40, 0.9f)
                // An unknown attacker on O1's patch (6,3) and the one beside it, (6,4), with lower confidence.
                .add(FRAME, 6, PlayerSlot.OFFENCE_UNKNOWN, 4 * 48, 2 * 96, 4 * 32, 2 * 16, 0.6f)
                // An unknown defender filling patch (10,10).
                .add(FRAME, 7, PlayerSlot.DEFENCE_UNKNOWN, 4 * 160, 2 * 160, 4 * 16, 2 * 16, 0.5f)
                // A box on a frame outside the window marks nothing.
                .add(30, 8, PlayerSlot.O5, 4 * 100, 2 * 100, 4 * 32, 2 * 32, 1f)
                .build();
        // Origin at (100, 50) in 224 space: patch (3, 6), 4 px right and 2 px down of its corner.
        Shot shot = new Shot(FRAME, null, 4 * 100, 2 * 50);
        maps = new TrackHeatmaps(896, 448).build(boxes, shot, ShooterWindow.around(FRAME, 30, 100));
    }

    @ParameterizedTest(name = "channel {0} at ({1},{2}) is {3}")
    @CsvSource({
            // O1, channel 0: its six patches, not their neighbours
            "0, 5, 2, 1", "0, 7, 3, 1", "0, 6, 3, 1", "0, 4, 2, 0", "0, 5, 4, 0", "0, 8, 3, 0",
            // O2, channel 1, outside the frame: not at the left edge
            "1, 6, 0, 0", "1, 7, 0, 0",
            // O3, channel 2, clipped at the bottom left corner
            "2, 12, 0, 1", "2, 13, 0, 1", "2, 12, 1, 0", "2, 11, 0, 0",
            // D2, channel 6: a quarter patch or more
            "6, 1, 9, 1", "6, 2, 9, 1", "6, 1, 10, 0", "6, 2, 10, 0",
            // unknown attacker, channel 10, and unknown defender, channel 11
            "10, 6, 3, 1", "10, 6, 4, 1", "10, 5, 3, 0", "11, 10, 10, 1", "11, 10, 11, 0", "11, 9, 10, 0",
            // the referee, channel 12, by its centre
            "12, 6, 12, 1", "12, 6, 13, 0",
            // channel 17: the best confidence of the boxes marking the patch
            "17, 5, 2, 0.9", "17, 6, 3, 0.9", "17, 6, 4, 0.6", "17, 1, 9, 0.8", "17, 1, 10, 0", "17, 6, 12, 0.7",
            "17, 10, 10, 0.5", "17, 0, 0, 0"})
    void presenceAndConfidenceChannels(int channel, int row, int column, float expected) {
        assertThat(maps[index(SLOT, row, column, channel)]).isEqualTo(expected);
    }

    @Test
    void eachPersonMarksOnlyItsOwnChannel() {
        int[] counts = new int[TrackHeatmaps.CHANNELS];
        for (int r = 0; r < TrackHeatmaps.GRID; r++) {
            for (int c = 0; c < TrackHeatmaps.GRID; c++) {
                for (int ch = 0; ch <= 12; ch++) {
                    counts[ch] += maps[index(SLOT, r, c, ch)] > 0 ? 1 : 0;
                }
            }
        }
        // O1 6, O2 0, O3 2, O4 0, O5 0, D1 0, D2 2, D3–D5 0, unknown attacker 2, unknown defender 1, referee 1
        assertThat(counts).startsWith(6, 0, 2, 0, 0, 0, 2, 0, 0, 0, 2, 1, 1);
    }

    @Test
    void framesWithoutBoxesAndBoxesOutsideTheWindowMarkNothing() {
        for (int s = 0; s < ShooterWindow.FRAMES; s++) {
            if (s == SLOT) {
                continue;
            }
            for (int r = 0; r < TrackHeatmaps.GRID; r++) {
                for (int c = 0; c < TrackHeatmaps.GRID; c++) {
                    for (int ch = 0; ch <= 12; ch++) {
                        assertThat(maps[index(s, r, c, ch)]).as("slot %d (%d,%d) ch %d", s, r, c, ch).isZero();
                    }
                    assertThat(maps[index(s, r, c, TrackHeatmaps.CONFIDENCE)]).isZero();
                }
            }
        }
    }

    @Test
    void exactlyOneOriginPatchInEveryFrameWithTheShotInsideIt() {
        for (int s = 0; s < ShooterWindow.FRAMES; s++) {
            int origins = 0;
            for (int r = 0; r < TrackHeatmaps.GRID; r++) {
                for (int c = 0; c < TrackHeatmaps.GRID; c++) {
                    float origin = maps[index(s, r, c, TrackHeatmaps.ORIGIN)];
                    origins += origin == 1f ? 1 : 0;
                    if (origin == 0f) {
                        assertThat(maps[index(s, r, c, TrackHeatmaps.ORIGIN_X)]).isZero();
                        assertThat(maps[index(s, r, c, TrackHeatmaps.ORIGIN_Y)]).isZero();
                    }
                }
            }
            assertThat(origins).as("slot %d", s).isEqualTo(1);
            assertThat(maps[index(s, 3, 6, TrackHeatmaps.ORIGIN)]).isEqualTo(1f);
            assertThat(maps[index(s, 3, 6, TrackHeatmaps.ORIGIN_X)]).isEqualTo(0.25f);
            assertThat(maps[index(s, 3, 6, TrackHeatmaps.ORIGIN_Y)]).isEqualTo(0.125f);
        }
    }

    @ParameterizedTest(name = "patch ({0},{1}) is {2} from the origin")
    @CsvSource({
            // centre (104, 56) to (100, 50): √(4² + 6²) = 7.211 px
            "3, 6, 0.056337",
            // centre (8, 8): √(92² + 42²) = 101.134 px
            "0, 0, 0.790106",
            // centre (8, 136): √(92² + 86²) = 125.936 px, just under 128
            "8, 0, 0.983879",
            // centre (200, 56): √(100² + 6²) = 100.180 px
            "3, 12, 0.782655",
            // centre (216, 216): 202.5 px, clamped
            "13, 13, 1",
            // centre (8, 152): √(92² + 102²) = 137.4 px, clamped
            "9, 0, 1"})
    void distanceToTheOriginInEveryPatchSaturatesAt128Pixels(int row, int column, float expected) {
        for (int s = 0; s < ShooterWindow.FRAMES; s++) {
            assertThat(maps[index(s, row, column, TrackHeatmaps.DISTANCE)]).isCloseTo(expected, within(1e-5f));
        }
    }

    @Test
    void anOriginOutsideTheFrameSitsInTheEdgePatch() {
        Shot shot = new Shot(5, null, 2000, -30);
        float[] edge = new TrackHeatmaps(896, 448).build(PersonBoxes.EMPTY, shot, ShooterWindow.around(5, 30, 100));

        assertThat(edge[index(0, 0, 13, TrackHeatmaps.ORIGIN)]).isEqualTo(1f);
        assertThat(edge[index(0, 0, 13, TrackHeatmaps.ORIGIN_X)]).isCloseTo(1f, within(1e-5f));
        assertThat(edge[index(0, 0, 13, TrackHeatmaps.ORIGIN_Y)]).isZero();
    }

    @Test
    void writesIntoABatchBufferAtAnOffset() {
        Shot shot = new Shot(FRAME, null, 4 * 100, 2 * 50);
        FloatBuffer batch = FloatBuffer.allocate(2 * TrackHeatmaps.LENGTH);
        new TrackHeatmaps(896, 448).write(PersonBoxes.EMPTY, shot, ShooterWindow.around(FRAME, 30, 100), batch,
                TrackHeatmaps.LENGTH);

        assertThat(batch.position()).isZero();
        assertThat(batch.get(TrackHeatmaps.LENGTH + index(0, 3, 6, TrackHeatmaps.ORIGIN))).isEqualTo(1f);
        assertThat(batch.get(index(0, 3, 6, TrackHeatmaps.ORIGIN))).isZero();
    }
}
