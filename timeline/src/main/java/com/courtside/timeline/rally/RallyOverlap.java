package com.courtside.timeline.rally;

import com.courtside.timeline.Rally;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Overlap of rallies in frames and a one-to-one matching by it, shared by evaluation and the combiner. */
public final class RallyOverlap {

    /** A matched pair: indexes into the two lists and their IoU. */
    public record Pair(int left, int right, double iou) {
    }

    private RallyOverlap() {
    }

    /** Intersection over union of the two frame ranges (both ends inclusive); 0 when they do not meet. */
    public static double iou(Rally a, Rally b) {
        int inter = Math.min(a.endFrame(), b.endFrame()) - Math.max(a.startFrame(), b.startFrame()) + 1;
        if (inter <= 0) {
            return 0;
        }
        return inter / (double) (a.length() + b.length() - inter);
    }

    /**
     * Pairs each rally of {@code left} with at most one of {@code right}, greedily by IoU: all pairs with
     * IoU &ge; {@code minIou}, highest first (ties by the left then the right start), each taken when neither
     * side is used yet. Among non-overlapping rallies at {@code minIou} &ge; 0.5 a rally has more than one
     * candidate only when IoUs tie at exactly 0.5, so greedy then finds as many pairs as any matching could.
     * Pairs come back in the order of {@code left}.
     */
    public static List<Pair> match(List<Rally> left, List<Rally> right, double minIou) {
        List<Pair> candidates = new ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            for (int j = 0; j < right.size(); j++) {
                double iou = iou(left.get(i), right.get(j));
                if (iou > 0 && iou >= minIou) {
                    candidates.add(new Pair(i, j, iou));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Pair::iou).reversed()
                .thenComparingInt(p -> left.get(p.left()).startFrame())
                .thenComparingInt(p -> right.get(p.right()).startFrame()));
        boolean[] leftUsed = new boolean[left.size()];
        boolean[] rightUsed = new boolean[right.size()];
        List<Pair> pairs = new ArrayList<>();
        for (Pair p : candidates) {
            if (!leftUsed[p.left()] && !rightUsed[p.right()]) {
                leftUsed[p.left()] = true;
                rightUsed[p.right()] = true;
                pairs.add(p);
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::left));
        return pairs;
    }
}
