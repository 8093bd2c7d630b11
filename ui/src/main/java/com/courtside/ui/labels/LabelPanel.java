package com.courtside.ui.labels;

import com.courtside.labeling.store.BallWindow;
import com.courtside.labeling.store.LabelSource;
import com.courtside.labeling.store.Labels.LabeledEvent;
import com.courtside.labeling.store.Labels.LabeledRally;
import com.courtside.labeling.store.Review;
import com.courtside.ui.Styles;
import javafx.beans.value.ObservableIntegerValue;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Beside the video: what is labelled at the playhead and where each label comes from (the model, or who set it),
 * and how much of the rally at the playhead was changed by hand.
 */
public final class LabelPanel {

    private final VBox root = new VBox();
    private final Label title = new Label("Labels");
    private final VBox lines = new VBox(3);
    private final LabelingViewModel labels;
    private final ObservableIntegerValue frame;

    public LabelPanel(LabelingViewModel labels, ObservableIntegerValue frame) {
        this.labels = labels;
        this.frame = frame;
        root.getStyleClass().add(Styles.LABEL_PANEL);
        root.setId("label-panel");
        title.getStyleClass().add(Styles.LABEL_PANEL_TITLE);
        root.getChildren().addAll(title, lines);
        labels.snapshotProperty().addListener(obs -> refresh());
        frame.addListener(obs -> refresh());
        refresh();
    }

    public VBox root() {
        return root;
    }

    private void refresh() {
        int f = frame.get();
        title.setText("Labels at frame " + Math.max(0, f));
        LabelingSession.Snapshot s = labels.snapshotProperty().get();
        List<String> text = s == null || f < 0 || f >= s.ball().length() ? List.of("No labels for this video yet.")
                : describe(s, f);
        lines.getChildren().setAll(text.stream().map(t -> {
            Label l = new Label(t);
            l.getStyleClass().add(Styles.LABEL_PANEL_LINE);
            return l;
        }).toList());
    }

    static List<String> describe(LabelingSession.Snapshot s, int f) {
        List<String> out = new ArrayList<>();
        BallWindow ball = s.ball();
        LabelSource source = ball.source(f);
        if (source == LabelSource.NONE) {
            out.add("Ball: none");
        } else {
            String where = Float.isNaN(ball.x(f)) ? "" : String.format(Locale.ROOT, " at (%.1f, %.1f)", ball.x(f), ball.y(f));
            String vis = switch (ball.visibility(f)) {
                case 1 -> "visible";
                case 2 -> "occluded";
                case 3 -> "out of frame";
                default -> "no ball";
            };
            String from = source == LabelSource.HUMAN ? "set by hand"
                    : String.format(Locale.ROOT, "model%s, %.0f %% sure", ball.predicted()[f - ball.from()] ? " (predicted)" : "",
                    100 * ball.confidence()[f - ball.from()]);
            out.add("Ball: " + vis + where + " · " + from);
        }
        for (LabeledEvent e : s.events()) {
            if (Math.abs(e.frame() - f) <= 2) {
                out.add(capitalise(e.kind().wireName()) + " at frame " + e.frame() + " · "
                        + (e.source() == LabelSource.HUMAN ? "set by hand" : "model"));
            }
        }
        List<LabeledRally> rallies = s.rallies();
        for (int i = 0; i < rallies.size(); i++) {
            LabeledRally r = rallies.get(i);
            if (r.contains(f)) {
                out.add("Rally " + (i + 1) + ": frames " + r.startFrame() + "–" + r.endFrame() + " · "
                        + (r.source() == LabelSource.HUMAN ? "edited" : "model") + " · " + review(r));
                out.add(changedIn(s, r));
            }
        }
        return out;
    }

    private static String review(LabeledRally r) {
        if (r.review() == Review.UNREVIEWED) {
            return "unreviewed";
        }
        return r.review().wireName() + (r.reviewer() == null ? "" : " by " + r.reviewer());
    }

    private static String changedIn(LabelingSession.Snapshot s, LabeledRally r) {
        int balls = 0;
        for (int f = r.startFrame(); f <= r.endFrame() && f < s.ball().length(); f++) {
            balls += s.ball().source(f) == LabelSource.HUMAN ? 1 : 0;
        }
        long events = s.events().stream().filter(e -> r.contains(e.frame()) && e.source() == LabelSource.HUMAN).count();
        return "Changed by hand in this rally: " + balls + " ball " + (balls == 1 ? "label" : "labels") + ", "
                + events + " " + (events == 1 ? "event" : "events");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
