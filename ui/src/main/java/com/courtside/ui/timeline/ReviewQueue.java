package com.courtside.ui.timeline;

import com.courtside.labeling.store.Review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The stretches of a match a labeller should look at first, most uncertain first: flagged rallies, then stretches
 * where a person corrected the model's ball (the model is likely wrong around them too), then stretches where the
 * ball's detection is unsure or missing inside a rally, then rallies nobody has reviewed (those with more unsure
 * frames ahead of the others). A reviewed rally leaves the queue, and so do its stretches.
 */
public final class ReviewQueue {

    /** Detections below this confidence are unsure. */
    static final float UNSURE = 0.5f;
    /** An unsure or missing stretch counts from this long. */
    static final double MIN_STRETCH_SECONDS = 0.2;

    /** Why a stretch is in the queue. */
    public enum Reason {
        FLAGGED("flagged"), DISAGREEMENT("a person and the model disagree"), NO_BALL("ball not found"),
        UNSURE("unsure detections"), NEVER_REVIEWED("never reviewed");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /**
     * One stretch to review.
     *
     * @param score how uncertain it is, 0..1; the queue is sorted by it, highest first
     * @param rally the number of the rally it lies in, from 1
     */
    public record Item(int start, int end, Reason reason, double score, int rally) {

        public String describe(double fps) {
            double seconds = (end - start + 1) / (fps > 0 ? fps : 30);
            return String.format(Locale.ROOT, "Rally %d · %s · %.1f s", rally, reason.text(), seconds);
        }
    }

    private ReviewQueue() {
    }

    public static List<Item> of(TimelineData data) {
        return of(data, null);
    }

    /** @param disagreement the frames where a person's ball label and the model's disagree, or null */
    public static List<Item> of(TimelineData data, boolean[] disagreement) {
        List<Item> items = new ArrayList<>();
        int minRun = Math.max(1, (int) Math.round(MIN_STRETCH_SECONDS * (data.fps() > 0 ? data.fps() : 30)));
        float[] confidence = data.confidence();
        for (int i = 0; i < data.rallies().size(); i++) {
            TimelineData.RallyMark r = data.rallies().get(i);
            if (r.review() == Review.REVIEWED) {
                continue;
            }
            if (r.review() == Review.FLAGGED) {
                items.add(new Item(r.start(), r.end(), Reason.FLAGGED, 1.0, i + 1));
            }
            if (disagreement != null) {
                int from = -1;
                for (int f = r.start(); f <= r.end() + 1; f++) {
                    boolean here = f <= r.end() && f < disagreement.length && disagreement[f];
                    if (here && from < 0) {
                        from = f;
                    } else if (!here && from >= 0) {
                        items.add(new Item(from, f - 1, Reason.DISAGREEMENT, 0.97, i + 1));
                        from = -1;
                    }
                }
            }
            int unsureFrames = 0;
            int runStart = -1;
            Reason runReason = null;
            double runSum = 0;
            for (int f = r.start(); f <= r.end() + 1; f++) {
                Reason here = null;
                if (f <= r.end() && f < confidence.length) {
                    float c = confidence[f];
                    here = Float.isNaN(c) ? Reason.NO_BALL : c < UNSURE ? Reason.UNSURE : null;
                    unsureFrames += here != null ? 1 : 0;
                }
                if (here != runReason) {
                    if (runReason != null && f - runStart >= minRun) {
                        double mean = runSum / (f - runStart);
                        double score = runReason == Reason.NO_BALL ? 0.8 : 0.5 + 0.5 * (1 - mean / UNSURE);
                        items.add(new Item(runStart, f - 1, runReason, Math.min(0.95, score), i + 1));
                    }
                    runStart = f;
                    runReason = here;
                    runSum = 0;
                }
                if (here == Reason.UNSURE) {
                    runSum += confidence[f];
                }
            }
            if (r.review() == Review.UNREVIEWED) {
                items.add(new Item(r.start(), r.end(), Reason.NEVER_REVIEWED,
                        0.2 + 0.3 * unsureFrames / (double) r.length(), i + 1));
            }
        }
        items.sort(Comparator.comparingDouble(Item::score).reversed().thenComparingInt(Item::start));
        return List.copyOf(items);
    }

    /** The item after the one at the playhead in queue order, or the first; null when the queue is empty. */
    public static Item next(List<Item> queue, int playhead, Item current) {
        if (queue.isEmpty()) {
            return null;
        }
        int at = current == null ? -1 : queue.indexOf(current);
        if (at < 0 && current != null) {
            // The queue changed (an edit): go on with the first item not at the playhead.
            return queue.stream().filter(i -> i.start() != playhead).findFirst().orElse(queue.get(0));
        }
        return queue.get((at + 1) % queue.size());
    }
}
