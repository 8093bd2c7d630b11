package com.courtside.export.dataset;

import java.nio.file.Path;
import java.util.Map;

/**
 * A finished export.
 *
 * @param counts  split → class → count, as the manifest has them (classes per format: see {@link DatasetExporter})
 * @param splits  video name → split
 * @param files   files in the dataset, the manifest included
 */
public record DatasetReport(Path folder, DatasetFormat format, Map<String, Map<String, Long>> counts,
                            Map<String, String> splits, long files, double seconds) {

    /** The count of a class over every split. */
    public long total(String cls) {
        return counts.values().stream().mapToLong(c -> c.getOrDefault(cls, 0L)).sum();
    }
}
