package com.courtside.export.dataset;

import java.nio.file.Path;

/**
 * One export under way, as the writers see it.
 *
 * @param root   where to write (the partial folder)
 * @param target the name the dataset will have when complete, for files that refer to it by path
 */
record ExportRun(Path root, Path target, DatasetOptions options, Counts counts) {
}
