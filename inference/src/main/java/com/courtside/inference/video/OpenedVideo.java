package com.courtside.inference.video;

import com.courtside.timeline.VideoFacts;

/** A video that has been inspected and indexed: everything needed to decode any frame exactly. */
public record OpenedVideo(VideoFacts facts, ContainerInfo container, FrameIndex index) {
}
