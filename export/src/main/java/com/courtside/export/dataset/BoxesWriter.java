package com.courtside.export.dataset;

import com.courtside.inference.video.VideoOpenException;
import com.courtside.labeling.store.LayerLabels;
import com.courtside.timeline.VideoFacts;
import com.courtside.timeline.task.ProgressListener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What COCO and YOLO share: the sampled frames of each video as {@code images/SPLIT/NAME_000123.jpg} and their
 * boxes ({@link FrameBoxes}); each format writes the boxes its own way.
 */
abstract class BoxesWriter implements DatasetWriter {

    @Override
    public List<String> classes() {
        return List.of("images", "ball", "person");
    }

    /** Records the boxes of one image of the split. */
    abstract void annotate(VideoEntry entry, ExportRun run, String image, int frame, List<FrameBoxes.Box> boxes)
            throws IOException;

    @Override
    public void write(VideoEntry entry, ExportRun run, ProgressListener progress)
            throws IOException, VideoOpenException {
        LayerLabels labels = entry.labels().layer();
        int[] frames = FrameBoxes.sampled(labels.ballLabelled(), run.options().frameStep());
        if (frames.length == 0) {
            return;
        }
        VideoFacts facts = entry.facts();
        for (int f : frames) {
            List<FrameBoxes.Box> boxes = FrameBoxes.at(f, labels.ball(), entry.video().people(), facts.width(),
                    facts.height());
            annotate(entry, run, imageName(entry, f), f, boxes);
            for (FrameBoxes.Category c : FrameBoxes.Category.values()) {
                run.counts().add(entry, c.label(), boxes.stream().filter(b -> b.category() == c).count());
            }
        }
        Path images = Files.createDirectories(run.root().resolve("images").resolve(entry.split()));
        FrameFeed.run(entry.video().video(), frames, facts.width(), facts.height(), run.options().threads(),
                JpegFiles.WORKERS, progress, frame -> JpegFiles.write(frame, images.resolve(imageName(entry,
                        frame.index()))));
        run.counts().add(entry, "images", frames.length);
    }

    static String imageName(VideoEntry entry, int frame) {
        return String.format("%s_%06d.jpg", entry.name(), frame);
    }
}
