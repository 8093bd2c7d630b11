package com.courtside.inference.shooter;

import com.courtside.inference.video.FrameImage;
import com.courtside.timeline.players.PersonBoxes;
import com.courtside.timeline.players.PlayerSlot;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Synthetic court frames: a wooden floor, people 40×100 px with a skin-coloured head, a kit-coloured shirt with a
 * light number on it, dark shorts, and pixel noise; the referee wears black and white vertical stripes 4 px wide.
 */
class KitTeamsTest {

    private static final int W = 640;
    private static final int H = 360;
    private static final int[] RED = {200, 30, 40};
    private static final int[] BLUE = {30, 40, 190};
    private static final int[] BLACK = {25, 25, 30};
    private static final int[] WHITE = {235, 235, 230};

    /** A BGR image with 8 spare bytes at the end of every row, to prove the stride is honoured. */
    private static final class Court {
        final int stride = W * 3 + 8;
        final ByteBuffer pixels = ByteBuffer.allocate(stride * H);
        final PersonBoxes.Builder boxes = new PersonBoxes.Builder();
        final Random noise = new Random(3);

        Court() {
            fill(0, 0, W, H, new int[] {190, 140, 90});
        }

        void person(int x, int y, int[] kit, boolean striped) {
            fill(x + 12, y, 16, 20, new int[] {220, 170, 140});
            for (int dx = 0; dx < 40; dx++) {
                int[] shirt = striped ? (dx / 4 % 2 == 0 ? BLACK : WHITE) : kit;
                fill(x + dx, y + 20, 1, 40, shirt);
            }
            if (!striped) {
                fill(x + 16, y + 30, 8, 12, new int[] {240, 240, 240});
            }
            fill(x + 4, y + 60, 32, 40, new int[] {40, 40, 40});
            boxes.add(0, -1, PlayerSlot.OTHER, x, y, 40, 100, 0.9f);
        }

        void fill(int x0, int y0, int w, int h, int[] rgb) {
            for (int y = y0; y < y0 + h; y++) {
                for (int x = x0; x < x0 + w; x++) {
                    int o = y * stride + x * 3;
                    pixels.put(o, channel(rgb[2]));
                    pixels.put(o + 1, channel(rgb[1]));
                    pixels.put(o + 2, channel(rgb[0]));
                }
            }
        }

        private byte channel(int v) {
            return (byte) Math.max(0, Math.min(255, v + noise.nextInt(21) - 10));
        }

        byte[] split() {
            PersonBoxes built = boxes.build();
            return KitTeams.split(new BgrPixels(pixels, W, H, stride, 3), built, 0, built.size());
        }
    }

    @Test
    void twoKitsMakeTwoTeamsAndTheStripedRefereeIsOther() {
        Court court = new Court();
        for (int k = 0; k < 5; k++) {
            court.person(20 + 60 * k, 40 + 30 * k, RED, false);
            court.person(320 + 60 * k, 200 - 25 * k, BLUE, false);
        }
        court.person(300, 240, null, true);

        byte[] teams = court.split();

        // Boxes in the order added: red, blue alternating, then the referee. The darker kit, blue, is team A.
        for (int k = 0; k < 5; k++) {
            assertThat(teams[2 * k]).as("red player %d", k).isEqualTo(KitTeams.TEAM_B);
            assertThat(teams[2 * k + 1]).as("blue player %d", k).isEqualTo(KitTeams.TEAM_A);
        }
        assertThat(teams[10]).as("referee").isEqualTo(KitTeams.OTHER);
    }

    @Test
    void blackAgainstWhiteStillSetsTheStripedRefereeApart() {
        // The referee's mean colour is the grey half way between the two kits; its stripes' spread sets it apart.
        Court court = new Court();
        for (int k = 0; k < 4; k++) {
            court.person(20 + 70 * k, 40 + 20 * k, BLACK, false);
            court.person(330 + 70 * k, 220 - 20 * k, WHITE, false);
        }
        court.person(300, 100, null, true);

        byte[] teams = court.split();

        for (int k = 0; k < 4; k++) {
            assertThat(teams[2 * k]).as("black player %d", k).isEqualTo(KitTeams.TEAM_A);
            assertThat(teams[2 * k + 1]).as("white player %d", k).isEqualTo(KitTeams.TEAM_B);
        }
        assertThat(teams[8]).as("referee").isEqualTo(KitTeams.OTHER);
    }

    @Test
    void aBoxWhoseTorsoIsOutsideTheImageIsUnseen() {
        Court court = new Court();
        court.person(20, 40, RED, false);
        court.person(320, 200, BLUE, false);
        court.boxes.add(0, -1, PlayerSlot.OTHER, 700, 100, 40, 100, 0.9f);

        byte[] teams = court.split();

        assertThat(teams).containsExactly(KitTeams.TEAM_B, KitTeams.TEAM_A, KitTeams.UNSEEN);
    }

    @Test
    void readsTheDecodersBgraFrames() {
        FrameImage frame = new FrameImage(64, 64);
        ByteBuffer px = frame.pixels();
        for (int i = 0; i < 64 * 64; i++) {
            int x = i % 64;
            px.put(i * 4, (byte) (x < 32 ? 200 : 20));
            px.put(i * 4 + 1, (byte) 20);
            px.put(i * 4 + 2, (byte) (x < 32 ? 20 : 200));
            px.put(i * 4 + 3, (byte) 255);
        }
        PersonBoxes boxes = new PersonBoxes.Builder()
                .add(0, -1, PlayerSlot.OTHER, 0, 0, 32, 64, 1f)
                .add(0, -1, PlayerSlot.OTHER, 32, 0, 32, 64, 1f)
                .build();

        TorsoColours colours = TorsoColours.measure(BgrPixels.of(frame), boxes, 0, 2);

        assertThat(colours.blue(0)).isEqualTo(200f);
        assertThat(colours.red(0)).isEqualTo(20f);
        assertThat(colours.red(1)).isEqualTo(200f);
        assertThat(colours.spread(1)).isZero();
    }
}
