package com.courtside.inference.synth.basketball;

import com.courtside.timeline.players.PlayerSlot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The play alone, without drawing: shot timing, players on the court. */
class CourtSimulationTest {

    @Test
    void everySceneHoldsExactlyOneReleaseWithRoomBeforeAndAfterIt() {
        Set<PlayerSlot> shooters = EnumSet.noneOf(PlayerSlot.class);
        for (int i = 0; i < 40; i++) {
            BasketballOptions scene = BasketballOptions.scene().withDuration(i % 2 == 0 ? 3.5 : 6)
                    .withSeed(BasketballOptions.sceneSeed(3, i));
            CourtSimulation sim = new CourtSimulation(scene, new java.util.SplittableRandom(scene.seed()));
            sim.advanceTo(scene.frameCount() - 1);
            List<BallDirector.Release> inClip = sim.releases().stream()
                    .filter(r -> sim.frameOf(r.time()) >= 0 && sim.frameOf(r.time()) < scene.frameCount()).toList();
            assertThat(inClip).as("scene %d", i).hasSize(1);
            assertThat(sim.releases()).hasSize(1);
            int release = sim.frameOf(inClip.get(0).time());
            assertThat(release).as("release frame of scene %d", i).isBetween(scene.fps(), scene.frameCount() - scene.fps() / 2);
            shooters.add(inClip.get(0).shooter().slot);
        }
        assertThat(shooters).as("shooters are drawn from all five").hasSizeGreaterThanOrEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void aMatchHasSeveralShotsAMinuteAndKeepsPlayersOnTheCourt(long seed) {
        BasketballOptions match = BasketballOptions.match().withDuration(60).withSeed(seed);
        CourtSimulation sim = new CourtSimulation(match, new java.util.SplittableRandom(seed));
        for (int f = 0; f < match.frameCount(); f += 15) {
            sim.advanceTo(f);
            for (Body b : sim.people()) {
                if (b.isPlayer()) {
                    assertThat(b.x).isBetween(0.0, Court.BASELINE_X + 0.3);
                    assertThat(Math.abs(b.y)).isLessThan(Court.HALF_WIDTH + 0.3);
                }
            }
        }
        assertThat(sim.releases()).hasSizeBetween(4, 12);
        assertThat(sim.releases().stream().filter(BallDirector.Release::made).count()).isBetween(1L, 11L);
    }
}
