package com.courtside.inference.events;

import com.courtside.timeline.EventKind;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.io.TruthJson;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bounces from the rendered demo's true ball track against the renderer's own bounce events. */
class DemoTruthEventsTest {

    static final int TOLERANCE = 2;

    static Path findTruth() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path p = dir.resolve("resources/demo/demo-match.truth.json");
            if (Files.isRegularFile(p)) {
                return p;
            }
            dir = dir.getParent();
        }
        return null;
    }

    @Test
    void bouncesOnDemoTruthTrack() throws Exception {
        Path truth = findTruth();
        Assumptions.assumeTrue(truth != null, "resources/demo/demo-match.truth.json not found");
        LabelSet labels = TruthJson.readLabels(truth);
        List<Integer> want = frames(labels.events());
        List<Integer> got = frames(TrajectoryEvents.detect(labels.ball(), null, labels.fps().toDouble(),
                labels.width(), labels.height(), null));

        int tp = matched(got, want);
        double precision = got.isEmpty() ? 0 : (double) tp / got.size();
        double recall = want.isEmpty() ? 0 : (double) matched(want, got) / want.size();
        System.out.printf("demo truth bounces: truth=%d detected=%d matched=%d precision=%.3f recall=%.3f%n",
                want.size(), got.size(), tp, precision, recall);
        System.out.println("truth    " + want);
        System.out.println("detected " + got);
        assertTrue(precision >= PRECISION_FLOOR, "precision " + precision);
        assertTrue(recall >= RECALL_FLOOR, "recall " + recall);
    }

    static final double PRECISION_FLOOR = 0.70;   // measured 0.769 (20 of 26)
    static final double RECALL_FLOOR = 0.60;      // measured 0.667 (20 of 30)

    static List<Integer> frames(List<MatchEvent> events) {
        List<Integer> out = new ArrayList<>();
        for (MatchEvent e : events) {
            if (e.kind() == EventKind.BOUNCE) {
                out.add(e.frame());
            }
        }
        return out;
    }

    /** How many of {@code a} have a partner in {@code b} within the tolerance, each partner used once. */
    static int matched(List<Integer> a, List<Integer> b) {
        boolean[] used = new boolean[b.size()];
        int count = 0;
        for (int f : a) {
            int best = -1;
            for (int j = 0; j < b.size(); j++) {
                if (!used[j] && Math.abs(b.get(j) - f) <= TOLERANCE
                        && (best < 0 || Math.abs(b.get(j) - f) < Math.abs(b.get(best) - f))) {
                    best = j;
                }
            }
            if (best >= 0) {
                used[best] = true;
                count++;
            }
        }
        return count;
    }
}
