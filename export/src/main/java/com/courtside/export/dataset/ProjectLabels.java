package com.courtside.export.dataset;

import com.courtside.labeling.store.LabelLayers;
import com.courtside.labeling.store.LabelLayers.Layer;
import com.courtside.labeling.store.LabelSource;
import com.courtside.labeling.store.Labels;
import com.courtside.labeling.store.Labels.LabeledRally;
import com.courtside.labeling.store.LayerLabels;
import com.courtside.labeling.store.ModelRuns;
import com.courtside.labeling.store.Project;
import com.courtside.labeling.store.Review;
import com.courtside.timeline.BallTrack;
import com.courtside.timeline.BallTrack.Visibility;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.Rally;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A video's labels read from its project as an export takes them, so the writers see plain labels.
 * <ul>
 *   <li>{@link LabelChoice#MODEL}: the newest complete model run; the rally state is known everywhere it ran.</li>
 *   <li>{@link LabelChoice#EFFECTIVE}: human over model, as the workstation shows them.</li>
 *   <li>{@link LabelChoice#REVIEWED}: the frames a person labelled the ball in, and the human events, anywhere; inside
 *   rallies marked reviewed, every effective label. The rallies are those marked reviewed and those a person drew
 *   and did not flag. The rally state is known inside those rallies and in the gap between two of them that follow
 *   each other; elsewhere an unreviewed model rally, or one nobody found, may lie, so nothing there counts as
 *   "no play".</li>
 * </ul>
 */
public final class ProjectLabels {

    private final Project project;

    public ProjectLabels(Project project) {
        this.project = project;
    }

    /** The labels of frames 0 … frameCount − 1 of the video. */
    public DatasetLabels read(long videoId, int frameCount, LabelChoice choice) {
        LabelLayers layers = new LabelLayers(project);
        List<String> runs = modelRuns(videoId);
        return switch (choice) {
            case MODEL -> {
                LayerLabels model = layers.read(videoId, frameCount, Layer.MODEL);
                yield known(model, !runs.isEmpty(), new LabelOrigin(choice.wireName(), runs,
                        runs.isEmpty() ? "no complete model run" : counts(model)));
            }
            case EFFECTIVE -> {
                LayerLabels effective = layers.read(videoId, frameCount, Layer.EFFECTIVE);
                int human = layers.read(videoId, frameCount, Layer.HUMAN).labelledFrames();
                yield known(effective, !runs.isEmpty() || !effective.rallies().isEmpty(),
                        new LabelOrigin(choice.wireName(), runs, human + " frames with a human ball label; "
                                + counts(effective)));
            }
            case REVIEWED -> reviewed(layers, videoId, frameCount, runs);
        };
    }

    private DatasetLabels reviewed(LabelLayers layers, long videoId, int n, List<String> runs) {
        LayerLabels effective = layers.read(videoId, n, Layer.EFFECTIVE);
        boolean[] human = layers.read(videoId, n, Layer.HUMAN).ballLabelled();
        Labels labels = new Labels(project);
        List<LabeledRally> rallies = labels.rallies(videoId);
        boolean[] inReviewed = new boolean[n];
        List<Rally> vouched = new ArrayList<>();
        for (LabeledRally r : rallies) {
            if (r.review() == Review.REVIEWED) {
                fill(inReviewed, r.startFrame(), r.endFrame());
            }
            if (vouched(r)) {
                vouched.add(new Rally(r.startFrame(), r.endFrame()));
            }
        }
        BallTrack ball = new BallTrack(n);
        boolean[] labelled = new boolean[n];
        for (int f = 0; f < n; f++) {
            labelled[f] = human[f] || inReviewed[f] && effective.ballLabelled()[f];
            if (labelled[f]) {
                copy(effective.ball(), f, ball);
            }
        }
        List<MatchEvent> events = labels.events(videoId).stream()
                .filter(e -> e.frame() < n && (e.source() == LabelSource.HUMAN || inReviewed[e.frame()]))
                .map(e -> new MatchEvent(e.frame(), e.kind())).toList();
        long reviewed = rallies.stream().filter(r -> r.review() == Review.REVIEWED).count();
        LayerLabels layer = new LayerLabels(ball, labelled, events, vouched);
        String detail = count(human) + " frames with a human ball label; "
                + reviewed + " of " + rallies.size() + " rallies reviewed; " + counts(layer);
        return new DatasetLabels(layer, stateKnown(rallies, n),
                new LabelOrigin(LabelChoice.REVIEWED.wireName(), reviewed > 0 ? runs : List.of(), detail));
    }

    /** Reviewed, or drawn by a person and not flagged. */
    private static boolean vouched(LabeledRally r) {
        return r.review() == Review.REVIEWED || r.source() == LabelSource.HUMAN && r.review() != Review.FLAGGED;
    }

    /** Inside vouched rallies, and between two vouched rallies with nothing between them. */
    private static boolean[] stateKnown(List<LabeledRally> rallies, int n) {
        boolean[] known = new boolean[n];
        for (int i = 0; i < rallies.size(); i++) {
            LabeledRally r = rallies.get(i);
            if (!vouched(r)) {
                continue;
            }
            fill(known, r.startFrame(), r.endFrame());
            if (i + 1 < rallies.size() && vouched(rallies.get(i + 1))) {
                fill(known, r.endFrame() + 1, rallies.get(i + 1).startFrame() - 1);
            }
        }
        return known;
    }

    private static DatasetLabels known(LayerLabels layer, boolean known, LabelOrigin origin) {
        boolean[] state = new boolean[layer.ball().frameCount()];
        Arrays.fill(state, known);
        return new DatasetLabels(layer, state, origin);
    }

    private List<String> modelRuns(long videoId) {
        ModelRuns runs = new ModelRuns(project);
        List<String> out = new ArrayList<>();
        for (String task : List.of(ModelRuns.BALL_TASK, ModelRuns.RALLY_TASK)) {
            runs.activeRunInfo(videoId, task).ifPresent(run -> out.add(describe(task, run)));
        }
        return out;
    }

    /** "ball run 4: ball-heatmap-tt (sha256 ab12cd34ef56…)". */
    private static String describe(String task, ModelRuns.RunInfo run) {
        String sha = run.modelSha256();
        return task + " run " + run.id() + ": " + run.modelName()
                + (sha == null ? "" : " (sha256 " + sha.substring(0, Math.min(12, sha.length())) + "…)");
    }

    private static String counts(LayerLabels layer) {
        return layer.labelledFrames() + " labelled frames (" + layer.ball().visibleCount() + " with the ball), "
                + layer.events().size() + " events, " + layer.rallies().size() + " rallies";
    }

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean b : flags) {
            n += b ? 1 : 0;
        }
        return n;
    }

    private static void fill(boolean[] flags, int from, int to) {
        if (from <= to && from < flags.length) {
            Arrays.fill(flags, Math.max(0, from), Math.min(flags.length - 1, to) + 1, true);
        }
    }

    private static void copy(BallTrack from, int f, BallTrack to) {
        Visibility v = from.visibility(f);
        if (v == Visibility.VISIBLE) {
            to.set(f, from.x(f), from.y(f));
        } else if (v != Visibility.NONE) {
            to.setHidden(f, v, from.x(f), from.y(f));
        }
    }
}
