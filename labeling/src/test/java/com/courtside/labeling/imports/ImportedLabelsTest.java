package com.courtside.labeling.imports;

import com.courtside.timeline.BallTrack.Visibility;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.Rally;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportedLabelsTest {

    private static final Path FILE = Path.of("labels.json");
    private static final float NAN = Float.NaN;
    private static final byte VISIBLE = (byte) Visibility.VISIBLE.ordinal();
    private static final byte NONE = (byte) Visibility.NONE.ordinal();

    private static ImportedLabels points(int[] frames, float[] x, float[] y, byte[] visibility) {
        return new ImportedLabels("test", FILE, frames, x, y, visibility, List.of(), List.of());
    }

    @Test
    void refusesFramesThatDoNotStrictlyIncrease() {
        assertThatThrownBy(() -> points(new int[] {4, 4}, new float[] {1, 2}, new float[] {1, 2},
                new byte[] {VISIBLE, VISIBLE}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("strictly increasing");
    }

    @Test
    void refusesColumnsOfDifferentLengths() {
        assertThatThrownBy(() -> points(new int[] {1, 2}, new float[] {1}, new float[] {1, 2},
                new byte[] {VISIBLE, VISIBLE}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("differ in length");
    }

    @Test
    void refusesAVisibleBallWithoutPosition() {
        assertThatThrownBy(() -> points(new int[] {1}, new float[] {NAN}, new float[] {NAN}, new byte[] {VISIBLE}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a position");
    }

    @Test
    void refusesAnAbsentBallWithAPosition() {
        assertThatThrownBy(() -> points(new int[] {1}, new float[] {3}, new float[] {4}, new byte[] {NONE}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsEventsAndRalliesInFrameOrder() {
        ImportedLabels labels = new ImportedLabels("test", FILE, new int[0], new float[0], new float[0], new byte[0],
                List.of(new MatchEvent(9, EventKind.HIT), new MatchEvent(2, EventKind.BOUNCE)),
                List.of(new Rally(50, 60), new Rally(10, 20)));

        assertThat(labels.events()).extracting(MatchEvent::frame).containsExactly(2, 9);
        assertThat(labels.rallies()).containsExactly(new Rally(10, 20), new Rally(50, 60));
    }

    @Test
    void refusesOverlappingRallies() {
        assertThatThrownBy(() -> new ImportedLabels("test", FILE, new int[0], new float[0], new float[0],
                new byte[0], List.of(), List.of(new Rally(10, 20), new Rally(20, 30))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overlap");
    }

    @Test
    void givesOutCopiesSoTheLabelsCannotBeChangedAfterValidation() {
        int[] frames = {1, 2};
        ImportedLabels labels = points(frames, new float[] {1, 2}, new float[] {1, 2}, new byte[] {VISIBLE, VISIBLE});

        frames[1] = 0;
        labels.frames()[0] = 99;

        assertThat(labels.frames()).containsExactly(1, 2);
        assertThat(labels.frameAt(1)).isEqualTo(2);
    }
}
