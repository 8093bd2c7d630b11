package com.courtside.labeling.edit;

import com.courtside.labeling.store.BallWindow;
import com.courtside.labeling.store.LabelSource;
import com.courtside.labeling.store.Labels;
import com.courtside.labeling.store.Labels.LabeledRally;
import com.courtside.labeling.store.Review;
import com.courtside.timeline.BallTrack;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The rally edits at the playhead: I and O set the edges, S splits, merge, delete, review, accept the model's labels. */
final class RallyEdits {

    private final LabelEdits edits;

    RallyEdits(LabelEdits edits) {
        this.edits = edits;
    }

    /** I: the rally at the playhead starts here; before a rally, the next one starts here; else a new rally. */
    Edit setStart(int frame) throws SQLException {
        List<LabeledRally> all = edits.rallies();
        Optional<LabeledRally> at = containing(all, frame);
        Optional<LabeledRally> target = at.isPresent() ? at
                : all.stream().filter(r -> r.startFrame() > frame).findFirst();
        if (target.isEmpty()) {
            edits.addRally(null, frame, frame, Review.UNREVIEWED, null, null, null);
            return edits.finish("Start a rally at frame " + frame);
        }
        LabeledRally r = target.get();
        if (r.startFrame() != frame) {
            edits.replaceRally(r, frame, r.endFrame(), r.review(), r.reviewer(), r.reviewedAt());
        }
        return edits.finish("Start rally " + number(all, r) + " at frame " + frame);
    }

    /** O: the rally at the playhead ends here; after a rally, the one before ends here; else a new rally. */
    Edit setEnd(int frame) throws SQLException {
        List<LabeledRally> all = edits.rallies();
        Optional<LabeledRally> at = containing(all, frame);
        Optional<LabeledRally> target = at;
        if (target.isEmpty()) {
            target = all.stream().filter(r -> r.endFrame() < frame).reduce((a, b) -> b);
        }
        if (target.isEmpty()) {
            edits.addRally(null, frame, frame, Review.UNREVIEWED, null, null, null);
            return edits.finish("End a rally at frame " + frame);
        }
        LabeledRally r = target.get();
        if (r.endFrame() != frame) {
            edits.replaceRally(r, r.startFrame(), frame, r.review(), r.reviewer(), r.reviewedAt());
        }
        return edits.finish("End rally " + number(all, r) + " at frame " + frame);
    }

    /**
     * A dragged edge: the rally that starts at {@code start} (its start edge when {@code startEdge}, else its end)
     * moves to {@code to}, kept at least one frame long and clear of its neighbours.
     */
    Edit moveEdge(int start, boolean startEdge, int to) throws SQLException {
        List<LabeledRally> all = edits.rallies();
        Optional<LabeledRally> at = all.stream().filter(r -> r.startFrame() == start).findFirst();
        if (at.isEmpty()) {
            return edits.finish("Move a rally edge to frame " + to);
        }
        LabeledRally r = at.get();
        int i = all.indexOf(r);
        int frame;
        if (startEdge) {
            int floor = i > 0 ? all.get(i - 1).endFrame() + 1 : 0;
            frame = Math.max(floor, Math.min(to, r.endFrame()));
        } else {
            int ceiling = i + 1 < all.size() ? all.get(i + 1).startFrame() - 1 : Integer.MAX_VALUE;
            frame = Math.min(ceiling, Math.max(to, r.startFrame()));
        }
        if (frame != (startEdge ? r.startFrame() : r.endFrame())) {
            edits.replaceRally(r, startEdge ? frame : r.startFrame(), startEdge ? r.endFrame() : frame, r.review(),
                    r.reviewer(), r.reviewedAt());
        }
        return edits.finish("Move rally " + number(all, r) + "'s " + (startEdge ? "start" : "end") + " to frame "
                + frame);
    }

    /** S: the rally at the playhead becomes two, the second starting at the playhead. */
    Edit split(int frame) throws SQLException {
        List<LabeledRally> all = edits.rallies();
        Optional<LabeledRally> at = containing(all, frame).filter(r -> r.startFrame() < frame);
        if (at.isEmpty()) {
            return edits.finish("Split a rally at frame " + frame);
        }
        LabeledRally r = at.get();
        edits.replaceRally(r, r.startFrame(), frame - 1, r.review(), r.reviewer(), r.reviewedAt());
        edits.addRally(null, frame, r.endFrame(), r.review(), r.reviewer(), r.reviewedAt(), null);
        return edits.finish("Split rally " + number(all, r) + " at frame " + frame);
    }

    /** The rally at the playhead (or the last one before it) and the next one become one. */
    Edit mergeWithNext(int frame) throws SQLException {
        List<LabeledRally> all = edits.rallies();
        Optional<LabeledRally> first = containing(all, frame);
        if (first.isEmpty()) {
            first = all.stream().filter(r -> r.endFrame() < frame).reduce((a, b) -> b);
        }
        if (first.isEmpty() || all.indexOf(first.get()) + 1 >= all.size()) {
            return edits.finish("Merge rallies at frame " + frame);
        }
        LabeledRally a = first.get();
        LabeledRally b = all.get(all.indexOf(a) + 1);
        edits.dropRally(b);
        Review review = a.review() == Review.REVIEWED && b.review() == Review.REVIEWED ? Review.REVIEWED
                : a.review() == Review.FLAGGED || b.review() == Review.FLAGGED ? Review.FLAGGED : Review.UNREVIEWED;
        edits.replaceRally(a, a.startFrame(), Math.max(a.endFrame(), b.endFrame()), review, a.reviewer(), a.reviewedAt());
        return edits.finish("Merge rallies " + number(all, a) + " and " + number(all, b));
    }

    Edit delete(int frame) throws SQLException {
        List<LabeledRally> all = edits.rallies();
        Optional<LabeledRally> at = containing(all, frame);
        if (at.isEmpty()) {
            return edits.finish("Delete a rally at frame " + frame);
        }
        edits.dropRally(at.get());
        return edits.finish("Delete rally " + number(all, at.get()));
    }

    Edit review(int frame, Review review) throws SQLException {
        List<LabeledRally> all = edits.rallies();
        Optional<LabeledRally> at = containing(all, frame);
        if (at.isEmpty() || at.get().review() == review) {
            return edits.finish("Mark a rally " + review.wireName());
        }
        LabeledRally r = at.get();
        boolean marked = review != Review.UNREVIEWED;
        edits.replaceRally(r, r.startFrame(), r.endFrame(), review, marked ? edits.author() : null,
                marked ? edits.now() : null);
        return edits.finish("Mark rally " + number(all, r) + " " + review.wireName());
    }

    /**
     * The model's labels of the rally at the playhead become reviewed human labels: its ball samples and events are
     * copied into the human layer where no human label is, and the rally is marked reviewed.
     */
    Edit acceptModel(int frame) throws SQLException {
        List<LabeledRally> all = edits.rallies();
        Optional<LabeledRally> at = containing(all, frame);
        if (at.isEmpty()) {
            return edits.finish("Accept the model's labels at frame " + frame);
        }
        LabeledRally r = at.get();
        BallWindow ball = edits.ball(r.startFrame(), r.endFrame() - r.startFrame() + 1);
        for (int f = r.startFrame(); f <= r.endFrame(); f++) {
            if (ball.source(f) == LabelSource.MODEL) {
                edits.putBall(f, ball.x(f), ball.y(f), BallTrack.Visibility.values()[ball.visibility(f)], null);
            }
        }
        for (Labels.LabeledEvent e : edits.events()) {
            if (e.source() == LabelSource.MODEL && r.contains(e.frame())) {
                edits.putModelEventAsHuman(e.frame(), e.kind());
            }
        }
        edits.replaceRally(r, r.startFrame(), r.endFrame(), Review.REVIEWED, edits.author(), edits.now());
        return edits.finish("Accept the model's labels for rally " + number(all, r));
    }

    private static Optional<LabeledRally> containing(List<LabeledRally> all, int frame) {
        return all.stream().filter(r -> r.contains(frame)).findFirst();
    }

    private static int number(List<LabeledRally> all, LabeledRally r) {
        return all.indexOf(r) + 1;
    }
}
