package com.courtside.export.dataset;

import com.courtside.inference.video.OpenedVideo;
import com.courtside.timeline.players.PersonBoxes;

import java.util.Objects;

/**
 * One video to export: the opened file (decoded where the format writes frames), its labels, and the people's
 * boxes where they are known ({@link PersonBoxes#EMPTY} otherwise; COCO and YOLO write them as persons).
 */
public record DatasetVideo(OpenedVideo video, DatasetLabels labels, PersonBoxes people) {

    public DatasetVideo {
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(people, "people");
        if (labels.frameCount() != video.facts().frameCount()) {
            throw new IllegalArgumentException("the labels cover " + labels.frameCount() + " frames but "
                    + video.facts().path().getFileName() + " has " + video.facts().frameCount());
        }
    }

    public DatasetVideo(OpenedVideo video, DatasetLabels labels) {
        this(video, labels, PersonBoxes.EMPTY);
    }
}
