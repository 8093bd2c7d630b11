package com.courtside.ui.export;

import com.courtside.inference.video.CacheDirectory;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.labeling.store.Project;

/**
 * What an export starts from in the window: the open video with its project (the labels as they are on screen,
 * read from the same open project) and the cache where other videos' projects may live.
 */
public record ExportSources(OpenedVideo openVideo, Project project, long videoId, CacheDirectory cache) {
}
