package com.courtside.timeline.rally;

import com.courtside.timeline.Rally;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Compact test notation: "0.1 0.9x3" is 0.1, 0.9, 0.9, 0.9; "0-2 5-6" is ranges (runs or rallies). */
final class Series {

    private Series() {
    }

    static double[] values(String text) {
        List<Double> out = new ArrayList<>();
        for (String token : text.trim().split("\\s+")) {
            String[] parts = token.split("x");
            int times = parts.length == 2 ? Integer.parseInt(parts[1]) : 1;
            for (int i = 0; i < times; i++) {
                out.add(Double.parseDouble(parts[0]));
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static boolean[] flags(String text) {
        double[] v = values(text);
        boolean[] b = new boolean[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = v[i] != 0;
        }
        return b;
    }

    static List<int[]> ranges(String text) {
        List<int[]> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String token : text.trim().split("\\s+")) {
            String[] ends = token.split("-");
            out.add(new int[] {Integer.parseInt(ends[0]), Integer.parseInt(ends[1])});
        }
        return out;
    }

    static List<RallyPostProcessor.WindowRun> runs(String text) {
        return ranges(text).stream().map(r -> new RallyPostProcessor.WindowRun(r[0], r[1])).toList();
    }

    static List<Rally> rallies(String text) {
        return ranges(text).stream().map(r -> new Rally(r[0], r[1])).toList();
    }

    static String format(List<?> ranges) {
        List<String> parts = new ArrayList<>();
        for (Object o : ranges) {
            if (o instanceof Rally r) {
                parts.add(r.startFrame() + "-" + r.endFrame());
            } else if (o instanceof RallyPostProcessor.WindowRun r) {
                parts.add(r.first() + "-" + r.last());
            } else if (o instanceof ScoredRally s) {
                parts.add(s.rally().startFrame() + "-" + s.rally().endFrame());
            }
        }
        return String.join(" ", parts);
    }

    static String normalised(String expected) {
        return expected == null ? "" : expected.trim();
    }

    /** A series at 30 fps, stride 48, one window every stride from frame 0, with these play probabilities. */
    static GameStateSeries gameState(String playProbabilities) {
        double[] p = values(playProbabilities);
        int n = p.length;
        int[] starts = new int[n];
        float[] noPlay = new float[n];
        float[] play = new float[n];
        float[] service = new float[n];
        for (int i = 0; i < n; i++) {
            starts[i] = i * 48;
            play[i] = (float) p[i];
            noPlay[i] = (float) (1 - p[i]);
        }
        return new GameStateSeries(30, n * 48, 48, starts, noPlay, play, service);
    }

    static int[] starts(int n) {
        int[] s = new int[n];
        Arrays.setAll(s, i -> i * 48);
        return s;
    }

    static int[] ends(int n) {
        int[] e = new int[n];
        Arrays.setAll(e, i -> i * 48 + 15);
        return e;
    }
}
