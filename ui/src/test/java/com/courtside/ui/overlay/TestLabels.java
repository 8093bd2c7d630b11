package com.courtside.ui.overlay;

import com.courtside.timeline.BallTrack;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.Rally;
import com.courtside.timeline.Rational;

import java.util.List;

/**
 * Labels of a 1280×720, 30 fps video of {@value #FRAMES} frames: the ball crosses from left to right at 10 px a
 * frame, 400 px down, hidden in frames 30–34; a bounce at 20 and a net at 50; rallies 10–40 and 60–80.
 */
final class TestLabels {

    static final int WIDTH = 1280;
    static final int HEIGHT = 720;
    static final int FRAMES = 90;
    static final List<Rally> RALLIES = List.of(new Rally(10, 40), new Rally(60, 80));

    private TestLabels() {
    }

    static float ballX(int frame) {
        return 200 + 10 * frame;
    }

    static float ballY(int frame) {
        return 400;
    }

    static LabelSet labels() {
        BallTrack ball = new BallTrack(FRAMES);
        for (int f = 0; f < FRAMES; f++) {
            if (f < 30 || f > 34) {
                ball.set(f, ballX(f), ballY(f));
            }
        }
        return new LabelSet("test", WIDTH, HEIGHT, Rational.of(30, 1), ball,
                List.of(new MatchEvent(20, EventKind.BOUNCE), new MatchEvent(50, EventKind.NET)), RALLIES);
    }
}
