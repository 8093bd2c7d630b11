package com.courtside.inference.ball;

import org.junit.jupiter.api.Test;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The local stage's full-resolution frames: only the last F are kept, in F buffers made once. */
class FrameRingTest {

    @Test
    void keepsOnlyTheLastFFramesInFBuffers() {
        AtomicInteger made = new AtomicInteger();
        FrameRing<int[]> ring = new FrameRing<>(5, () -> new int[] {made.incrementAndGet()});
        Map<int[], Boolean> seen = new IdentityHashMap<>();
        for (int f = 0; f < 1000; f++) {
            seen.put(ring.claim(f), true);
            assertThat(ring.size()).isEqualTo(Math.min(f + 1, 5));
        }
        assertThat(made.get()).isEqualTo(5);
        assertThat(seen).hasSize(5);
        for (int f = 990; f < 995; f++) {
            assertThat(ring.holds(f)).as("frame %d", f).isFalse();
        }
        for (int f = 995; f < 1000; f++) {
            assertThat(ring.holds(f)).as("frame %d", f).isTrue();
            assertThat(seen).containsKey(ring.get(f));
        }
        assertThatThrownBy(() -> ring.get(994)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("last 5 frames");
    }

    @Test
    void forgottenFrameIsNoLongerHeld() {
        FrameRing<int[]> ring = new FrameRing<>(3, () -> new int[1]);
        ring.claim(0);
        ring.claim(1);
        ring.forget(1);
        ring.forget(7); // not held: nothing changes
        assertThat(ring.holds(0)).isTrue();
        assertThat(ring.holds(1)).isFalse();
        assertThat(ring.size()).isEqualTo(1);
    }
}
