package com.courtside.inference.synth;

import com.courtside.timeline.EventKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static com.courtside.inference.synth.TableGeometry.BALL_RADIUS;
import static com.courtside.inference.synth.TableGeometry.HEIGHT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MatchScriptTest {

    private static final double MINUTES = 3;

    /** Plans a whole match and returns its rallies in order. */
    private static List<RallyPlan> plan(long seed, int fps) {
        SimClock clock = new SimClock(fps);
        Camera camera = Camera.broadcast(1280, 720, null);
        List<RallyPlan> plans = new ArrayList<>();
        long last = clock.ticksOf(MINUTES * 60);
        MatchScript script = new MatchScript(clock, last, new RallyPlanner(clock, camera::sees),
                new SplittableRandom(seed), plans::add);
        for (long tick = 0; tick <= last; tick += clock.ticksOf(1)) {
            script.advanceTo(tick);
        }
        return plans;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42})
    void everyRallyStartsWithOneServeAndHasABounce(long seed) {
        for (RallyPlan plan : plan(seed, 30)) {
            List<EventKind> kinds = plan.events().stream().map(RallyPlan.PlannedEvent::kind).toList();
            assertThat(kinds.get(0)).isEqualTo(EventKind.SERVE);
            assertThat(kinds.stream().filter(k -> k == EventKind.SERVE)).hasSize(1);
            assertThat(kinds).contains(EventKind.BOUNCE);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42})
    void bouncesHappenOnTheTableSurface(long seed) {
        for (RallyPlan plan : plan(seed, 60)) {
            for (RallyPlan.PlannedEvent e : plan.events()) {
                if (e.kind() == EventKind.BOUNCE) {
                    assertThat(e.position().z()).isCloseTo(HEIGHT + BALL_RADIUS, within(0.02));
                    assertThat(TableGeometry.onTable(e.position().x(), e.position().y())).isTrue();
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42})
    void legalServeBouncesFirstOnTheServersHalf(long seed) {
        for (RallyPlan plan : plan(seed, 30)) {
            boolean returned = plan.strokes().size() > 1;
            if (returned) {
                RallyPlan.PlannedEvent first = plan.events().get(1);
                RallyPlan.PlannedEvent second = plan.events().get(2);
                assertThat(first.kind()).isEqualTo(EventKind.BOUNCE);
                assertThat(TableGeometry.sideOf(first.position().y())).isEqualTo(plan.server());
                assertThat(TableGeometry.sideOf(second.position().y())).isEqualTo(-plan.server());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42})
    void ralliesAreSeparatedBySeveralSecondsOfDeadTime(long seed) {
        SimClock clock = new SimClock(30);
        List<RallyPlan> plans = plan(seed, 30);
        for (int i = 1; i < plans.size(); i++) {
            double gap = clock.secondsOf(plans.get(i).tossTick() - plans.get(i - 1).endTick());
            assertThat(gap).isBetween(3.0, 10.0);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42})
    void rallyLengthsVary(long seed) {
        List<RallyPlan> plans = plan(seed, 30);

        assertThat(plans.size()).isGreaterThanOrEqualTo(12);
        assertThat(plans.stream().map(p -> p.strokes().size()).distinct().count()).isGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(ints = {30, 120})
    void ralliesFitInsideTheVideo(int fps) {
        SimClock clock = new SimClock(fps);
        for (RallyPlan plan : plan(3, fps)) {
            assertThat(clock.secondsOf(plan.endTick())).isLessThan(MINUTES * 60);
        }
    }
}
