package com.courtside.export.dataset;

import com.courtside.export.split.VideoSplit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an export wrote, per split and class and per video: frames, events, boxes, clips, as the format counts. */
final class Counts {

    private final List<String> classes;
    private final Map<String, Map<String, Long>> bySplit = new LinkedHashMap<>();
    private final Map<String, Map<String, Long>> byVideo = new LinkedHashMap<>();

    Counts(List<String> classes) {
        this.classes = List.copyOf(classes);
        for (String split : VideoSplit.SPLITS) {
            bySplit.put(split, zeros());
        }
    }

    synchronized void add(VideoEntry entry, String cls, long n) {
        if (!classes.contains(cls)) {
            throw new IllegalArgumentException("'" + cls + "' is not one of the counted classes " + classes);
        }
        bySplit.get(entry.split()).merge(cls, n, Long::sum);
        byVideo.computeIfAbsent(entry.name(), k -> zeros()).merge(cls, n, Long::sum);
    }

    /** Split → class → count, every split and class present. */
    synchronized Map<String, Map<String, Long>> bySplit() {
        Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
        bySplit.forEach((split, counts) -> copy.put(split, Collections.unmodifiableMap(new LinkedHashMap<>(counts))));
        return Collections.unmodifiableMap(copy);
    }

    /** Class → count of one video, zeros where it wrote nothing. */
    synchronized Map<String, Long> ofVideo(String name) {
        return new LinkedHashMap<>(byVideo.getOrDefault(name, zeros()));
    }

    private Map<String, Long> zeros() {
        Map<String, Long> m = new LinkedHashMap<>();
        classes.forEach(c -> m.put(c, 0L));
        return m;
    }
}
