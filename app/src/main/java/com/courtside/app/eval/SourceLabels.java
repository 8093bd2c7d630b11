package com.courtside.app.eval;

import com.courtside.labeling.imports.ImportedLabels;
import com.courtside.labeling.store.LayerLabels;
import com.courtside.timeline.BallTrack;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.Rally;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The labels of one source to compare, over the video's frames: the ball, which frames the source labels at all
 * (a sparse file or a human layer says nothing of most frames, which must not count as "no ball"), events and
 * rallies. {@code name} is how reports call the source.
 */
public record SourceLabels(String name, BallTrack ball, boolean[] ballLabelled, List<MatchEvent> events,
                           List<Rally> rallies) {

    public SourceLabels {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ball, "ball");
        if (ballLabelled.length != ball.frameCount()) {
            throw new IllegalArgumentException(ballLabelled.length + " labelled flags for " + ball.frameCount() + " frames");
        }
        events = events.stream().sorted().toList();
        rallies = rallies.stream().sorted().toList();
    }

    public int frameCount() {
        return ball.frameCount();
    }

    public boolean isEmpty() {
        if (!events.isEmpty() || !rallies.isEmpty()) {
            return false;
        }
        for (boolean labelled : ballLabelled) {
            if (labelled) {
                return false;
            }
        }
        return true;
    }

    /** A source that labels every frame (an analysis). */
    public static SourceLabels complete(String name, BallTrack ball, List<MatchEvent> events, List<Rally> rallies) {
        boolean[] all = new boolean[ball.frameCount()];
        Arrays.fill(all, true);
        return new SourceLabels(name, ball, all, events, rallies);
    }

    public static SourceLabels of(String name, LayerLabels layer) {
        return new SourceLabels(name, layer.ball(), layer.ballLabelled(), layer.events(), layer.rallies());
    }

    /**
     * A truth file, fitted to the video's {@code frameCount}: it labels every frame it has; frames past its end are
     * unlabelled, and its frames past the video's end are left out.
     */
    public static SourceLabels ofTruth(String name, LabelSet truth, int frameCount) {
        BallTrack ball = new BallTrack(frameCount);
        boolean[] labelled = new boolean[frameCount];
        BallTrack from = truth.ball();
        for (int f = 0; f < Math.min(frameCount, from.frameCount()); f++) {
            labelled[f] = true;
            copy(from, f, ball, f);
        }
        return new SourceLabels(name, ball, labelled, truth.events(), truth.rallies());
    }

    /** Imported labels: only the frames the file lists are labelled. */
    public static SourceLabels ofImport(String name, ImportedLabels imported, int frameCount) {
        BallTrack ball = new BallTrack(frameCount);
        boolean[] labelled = new boolean[frameCount];
        for (int i = 0; i < imported.pointCount(); i++) {
            int f = imported.frameAt(i);
            if (f >= frameCount) {
                continue;
            }
            labelled[f] = true;
            BallTrack.Visibility v = imported.visibilityAt(i);
            if (v == BallTrack.Visibility.VISIBLE) {
                ball.set(f, imported.xAt(i), imported.yAt(i));
            } else if (v != BallTrack.Visibility.NONE) {
                ball.setHidden(f, v, imported.xAt(i), imported.yAt(i));
            }
        }
        return new SourceLabels(name, ball, labelled, imported.events(), imported.rallies());
    }

    /** Copies what {@code from} knows of frame {@code fromFrame} to frame {@code toFrame} of {@code to}. */
    static void copy(BallTrack from, int fromFrame, BallTrack to, int toFrame) {
        BallTrack.Visibility v = from.visibility(fromFrame);
        if (v == BallTrack.Visibility.VISIBLE) {
            to.set(toFrame, from.x(fromFrame), from.y(fromFrame));
        } else if (v != BallTrack.Visibility.NONE) {
            to.setHidden(toFrame, v, from.x(fromFrame), from.y(fromFrame));
        }
    }
}
