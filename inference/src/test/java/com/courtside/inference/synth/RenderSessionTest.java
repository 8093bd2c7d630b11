package com.courtside.inference.synth;

import com.courtside.timeline.BallTrack;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.Rally;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;

import static com.courtside.inference.synth.TableGeometry.HALF_LENGTH;
import static com.courtside.inference.synth.TableGeometry.HALF_WIDTH;
import static com.courtside.inference.synth.TableGeometry.HEIGHT;
import static org.assertj.core.api.Assertions.assertThat;

/** The truth as drawn, without encoding: fast enough to cover a long stretch of match. */
class RenderSessionTest {

    private static final RenderOptions OPTIONS =
            RenderOptions.defaults().withSize(480, 270).withDuration(45).withSeed(11);

    private static LabelSet truth;
    private static Camera camera;

    @BeforeAll
    static void drawTheMatch() {
        truth = drawTruth(OPTIONS);
        camera = new RenderSession(OPTIONS).camera();
    }

    private static LabelSet drawTruth(RenderOptions options) {
        RenderSession session = new RenderSession(options);
        for (int f = 0; f < options.frameCount(); f++) {
            session.drawFrame(f);
        }
        session.dispose();
        return session.labels();
    }

    @Test
    void sameSeedGivesIdenticalTruth() {
        RenderOptions shorter = OPTIONS.withDuration(12);
        LabelSet a = drawTruth(shorter);
        LabelSet b = drawTruth(shorter);

        for (int f = 0; f < shorter.frameCount(); f++) {
            assertThat(b.ball().visibility(f)).as("frame %d", f).isEqualTo(a.ball().visibility(f));
            assertThat(Float.floatToIntBits(b.ball().x(f))).as("x of frame %d", f).isEqualTo(Float.floatToIntBits(a.ball().x(f)));
            assertThat(Float.floatToIntBits(b.ball().y(f))).as("y of frame %d", f).isEqualTo(Float.floatToIntBits(a.ball().y(f)));
        }
        assertThat(b.events()).isEqualTo(a.events());
        assertThat(b.rallies()).isEqualTo(a.rallies());
    }

    @Test
    void ballIsVisibleMostOfTheTimeDuringRallies() {
        assertThat(truth.rallies()).isNotEmpty();
        int frames = 0;
        int visible = 0;
        for (Rally r : truth.rallies()) {
            int inRally = 0;
            for (int f = r.startFrame(); f <= r.endFrame(); f++) {
                inRally += truth.ball().isVisible(f) ? 1 : 0;
            }
            // A near player's serve or a ball dropping behind him hides it for a while, never for most of a rally.
            assertThat(inRally).as("visible frames in %s", r).isGreaterThan(r.length() * 4 / 10);
            frames += r.length();
            visible += inRally;
        }
        assertThat(visible).isGreaterThan(frames * 65 / 100);
    }

    @Test
    void ballIsNeverVisibleInDeadTime() {
        for (int f = 0; f < truth.frameCount(); f++) {
            if (truth.rallyIndexAt(f) < 0) {
                assertThat(truth.ball().isVisible(f)).as("frame %d", f).isFalse();
            }
        }
    }

    @Test
    void ballIsHeldInTheHandBeforeEachToss() {
        for (Rally r : truth.rallies()) {
            if (r.startFrame() > 0) {
                assertThat(truth.ball().visibility(r.startFrame() - 1)).isEqualTo(BallTrack.Visibility.OCCLUDED);
            }
        }
    }

    @Test
    void everyRallyHasAServeAndABounce() {
        for (Rally r : truth.rallies()) {
            var kinds = truth.events().stream().filter(e -> r.contains(e.frame())).map(MatchEvent::kind).toList();
            assertThat(kinds).as("events of %s", r).contains(EventKind.SERVE, EventKind.BOUNCE);
        }
    }

    @Test
    void eventsLieInsideRallies() {
        for (MatchEvent e : truth.events()) {
            assertThat(truth.rallyIndexAt(e.frame())).as("%s", e).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void bouncesAreDrawnOnTheTableInTheImage() {
        Path2D.Double table = new Path2D.Double();
        double[][] corners = {{-HALF_WIDTH, -HALF_LENGTH}, {HALF_WIDTH, -HALF_LENGTH}, {HALF_WIDTH, HALF_LENGTH}, {-HALF_WIDTH, HALF_LENGTH}};
        for (int i = 0; i < 4; i++) {
            Point2D.Double p = camera.project(new Vec3(corners[i][0], corners[i][1], HEIGHT));
            if (i == 0) {
                table.moveTo(p.x, p.y);
            } else {
                table.lineTo(p.x, p.y);
            }
        }
        table.closePath();
        // The truth is the frame nearest the contact; within half a frame the ball moves a few pixels at most.
        var grown = new java.awt.BasicStroke(12f).createStrokedShape(table);
        for (MatchEvent e : truth.events()) {
            if (e.kind() == EventKind.BOUNCE && truth.ball().visibility(e.frame()) != BallTrack.Visibility.NONE) {
                double x = truth.ball().x(e.frame());
                double y = truth.ball().y(e.frame());
                assertThat(table.contains(x, y) || grown.contains(x, y)).as("bounce at frame %d (%.1f, %.1f)", e.frame(), x, y).isTrue();
            }
        }
    }
}
