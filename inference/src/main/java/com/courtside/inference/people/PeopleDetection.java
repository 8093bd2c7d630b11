package com.courtside.inference.people;

import com.courtside.inference.video.FrameImage;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoDecoder;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.timeline.VideoFacts;
import com.courtside.timeline.players.PersonBoxes;
import com.courtside.timeline.players.PlayerSlot;
import com.courtside.timeline.task.ProgressListener;

import java.util.ArrayList;
import java.util.List;

/**
 * People over a whole clip, decoded in order: with a {@code person-boxes} model where one is loaded (frames decoded
 * at the model's size), else with the {@link ClassicalPersonDetector} (frames decoded at a working width of
 * {@value #WORKING_WIDTH}, after a first pass that samples the background). Boxes come back in source pixels with
 * track −1 and slot {@link PlayerSlot#OTHER}: the shooter's player tracker assigns both later.
 */
public final class PeopleDetection {

    public static final int WORKING_WIDTH = 640;
    public static final int BACKGROUND_SAMPLES = 20;
    private static final int PROGRESS_EVERY = 8;

    private PeopleDetection() {
    }

    /** With {@code model} when it is not null, else classically with the default settings. */
    public static PersonBoxes run(OpenedVideo video, PersonBoxesModel model, int threads, ProgressListener progress)
            throws VideoOpenException {
        return model != null ? withModel(video, model, threads, progress)
                : classical(video, ClassicalPersonDetector.Settings.DEFAULT, threads, progress);
    }

    public static PersonBoxes withModel(OpenedVideo video, PersonBoxesModel model, int threads,
                                        ProgressListener progress) throws VideoOpenException {
        VideoFacts facts = video.facts();
        int size = model.inputSize();
        try (VideoDecoder decoder = VideoDecoder.openScaled(video, size, size, threads)) {
            return pass(decoder, facts, 0, facts.frameCount(), progress,
                    frame -> model.detect(frame, facts.width(), facts.height()));
        }
    }

    public static PersonBoxes classical(OpenedVideo video, ClassicalPersonDetector.Settings settings, int threads,
                                        ProgressListener progress) throws VideoOpenException {
        VideoFacts facts = video.facts();
        int total = facts.frameCount();
        if (total == 0) {
            return PersonBoxes.EMPTY;
        }
        int width = Math.min(WORKING_WIDTH, facts.width()) & ~1;
        int height = Math.max(2, (int) Math.round(width * facts.height() / (double) facts.width()) & ~1);
        int samples = Math.min(BACKGROUND_SAMPLES, total);
        List<FrameImage> background = new ArrayList<>(samples);
        try (VideoDecoder decoder = VideoDecoder.openScaled(video, width, height, threads)) {
            for (int s = 0; s < samples; s++) {
                progress.checkCancelled();
                FrameImage frame = decoder.newFrame();
                // Spread over the clip, each at the middle of its share, so no stretch of play dominates.
                decoder.read((int) ((s + 0.5) * total / samples), frame);
                background.add(frame);
                progress.progress(s + 1, samples + total, "people: sampling the background, frame " + (s + 1)
                        + " of " + samples);
            }
        }
        ClassicalPersonDetector detector = ClassicalPersonDetector.fromSamples(background, settings);
        background.clear();
        try (VideoDecoder decoder = VideoDecoder.openScaled(video, width, height, threads)) {
            return pass(decoder, facts, samples, samples + total, progress,
                    frame -> detector.detect(frame, facts.width(), facts.height()));
        }
    }

    private interface FrameDetector {
        List<PersonBox> detect(FrameImage frame);
    }

    private static PersonBoxes pass(VideoDecoder decoder, VideoFacts facts, int doneBefore, long total,
                                    ProgressListener progress, FrameDetector detector) throws VideoOpenException {
        PersonBoxes.Builder boxes = new PersonBoxes.Builder();
        FrameImage frame = decoder.newFrame();
        int frames = facts.frameCount();
        for (int f = 0; f < frames && decoder.next(frame); f++) {
            for (PersonBox box : detector.detect(frame)) {
                boxes.add(f, -1, PlayerSlot.OTHER, box.left(), box.top(), box.width(), box.height(), box.confidence());
            }
            if ((f + 1) % PROGRESS_EVERY == 0) {
                progress.checkCancelled();
                progress.progress(doneBefore + f + 1, total, "people: frame " + (f + 1) + " of " + frames);
            }
        }
        progress.progress(total, total, "people: " + frames + " frames");
        return boxes.build();
    }
}
