package com.courtside.export.dataset;

import com.courtside.timeline.VideoFacts;

/** A video in the dataset: its unique name (the file name without extension), its split and its labels. */
record VideoEntry(String name, String split, DatasetVideo video) {

    VideoFacts facts() {
        return video.video().facts();
    }

    DatasetLabels labels() {
        return video.labels();
    }
}
