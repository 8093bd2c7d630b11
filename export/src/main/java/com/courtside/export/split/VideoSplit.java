package com.courtside.export.split;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Train / validation / test shares split by video, never by frame, so no game is on both sides. The videos are
 * shuffled with the seed and cut by the shares (each share rounded, every non-zero share getting at least one video
 * where there are enough), so the same names, shares and seed give the same split.
 */
public final class VideoSplit {

    public static final List<String> SPLITS = List.of("train", "val", "test");

    private VideoSplit() {
    }

    /** Video name → split, for {@code shares} of train, val and test (any scale; they are normalised). */
    public static Map<String, String> assign(List<String> videos, double[] shares, long seed) {
        if (shares.length != 3 || shares[0] < 0 || shares[1] < 0 || shares[2] < 0
                || shares[0] + shares[1] + shares[2] <= 0) {
            throw new IllegalArgumentException("the split needs three shares (train, val, test), none negative and "
                    + "not all zero");
        }
        List<String> order = new ArrayList<>(videos);
        Collections.sort(order);
        Collections.shuffle(order, new Random(seed));
        double total = shares[0] + shares[1] + shares[2];
        int n = order.size();
        int val = share(n, shares[1] / total);
        int test = share(n, shares[2] / total);
        if (val + test > n - (shares[0] > 0 ? Math.min(1, n) : 0)) {
            // Too few videos for every share: train keeps one, the rest go to validation first.
            int left = n - (shares[0] > 0 ? Math.min(1, n) : 0);
            val = Math.min(val, left);
            test = Math.min(test, left - val);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(order.get(i), i < val ? "val" : i < val + test ? "test" : "train");
        }
        return out;
    }

    private static int share(int n, double fraction) {
        if (fraction <= 0) {
            return 0;
        }
        return Math.max(1, (int) Math.round(n * fraction));
    }

    /** Parses "0.8,0.1,0.1". */
    public static double[] parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 3) {
            throw new IllegalArgumentException("give the split as three shares TRAIN,VAL,TEST, e.g. 0.8,0.1,0.1; got '"
                    + text + "'");
        }
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + parts[i].trim() + "' in the split is not a number", e);
            }
        }
        return out;
    }
}
