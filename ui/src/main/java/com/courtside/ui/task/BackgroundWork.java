package com.courtside.ui.task;

import com.courtside.timeline.task.ProgressListener;

/**
 * Work that runs off the FX thread and reports progress through the project's plain {@link ProgressListener},
 * so the same work runs in the GUI, in the CLI and on the test thread.
 */
@FunctionalInterface
public interface BackgroundWork<T> {

    T run(ProgressListener progress) throws Exception;
}
