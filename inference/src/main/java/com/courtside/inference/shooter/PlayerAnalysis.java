package com.courtside.inference.shooter;

import com.courtside.inference.people.PeopleDetection;
import com.courtside.inference.people.PersonBoxesModel;
import com.courtside.inference.video.FrameImage;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoDecoder;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.timeline.VideoFacts;
import com.courtside.timeline.players.PersonBoxes;
import com.courtside.timeline.players.TrackedPeople;
import com.courtside.timeline.task.ProgressListener;

import java.util.ArrayList;
import java.util.List;

/**
 * The players of a clip, found once so a labeller can give them their slots: people's boxes on every frame
 * ({@link PeopleDetection}, with a {@code person-boxes} model or classically), the kit colour of each box measured
 * in a second pass at a working width of {@value PeopleDetection#WORKING_WIDTH}, the two kits fitted on the
 * colours of the whole clip ({@link KitTeams}: one fit, so team A is the same kit on every frame), and the boxes
 * joined into tracks ({@link PlayerTracker}) with the teams to keep crossing players apart.
 */
public final class PlayerAnalysis {

    /** Colours fitted for the kits at most: spread evenly over the clip. */
    static final int FIT_SAMPLE = 4000;
    /** The share of the progress bar the detection takes; the colour pass is the rest. */
    private static final double DETECTION_SHARE = 0.8;
    private static final int PROGRESS_EVERY = 16;

    private PlayerAnalysis() {
    }

    /** @param model a loaded person detector, or null for the classical one */
    public static TrackedPeople run(OpenedVideo video, PersonBoxesModel model, int threads, ProgressListener progress)
            throws VideoOpenException {
        PersonBoxes boxes = PeopleDetection.run(video, model, threads, share(progress, 0, DETECTION_SHARE));
        if (boxes.size() == 0) {
            return TrackedPeople.NONE;
        }
        TorsoColours colours = colours(video, boxes, threads, share(progress, DETECTION_SHARE, 1));
        byte[] teams = KitTeams.fit(sample(colours)).classify(colours);
        return new TrackedPeople(new PlayerTracker().track(boxes, teams), teams);
    }

    /** The torso colour of every box, in box order, from frames decoded at the working width. */
    static TorsoColours colours(OpenedVideo video, PersonBoxes boxes, int threads, ProgressListener progress)
            throws VideoOpenException {
        VideoFacts facts = video.facts();
        int width = Math.min(PeopleDetection.WORKING_WIDTH, facts.width()) & ~1;
        int height = Math.max(2, (int) Math.round(width * facts.height() / (double) facts.width()) & ~1);
        PersonBoxes scaled = boxes.scaled(width / (float) facts.width(), height / (float) facts.height());
        List<TorsoColours> parts = new ArrayList<>();
        int last = boxes.frame(boxes.size() - 1);
        try (VideoDecoder decoder = VideoDecoder.openScaled(video, width, height, threads)) {
            FrameImage frame = decoder.newFrame();
            for (int f = 0; f <= last && decoder.next(frame); f++) {
                int from = scaled.first(f);
                int to = scaled.end(f);
                if (to > from) {
                    parts.add(TorsoColours.measure(BgrPixels.of(frame), scaled, from, to));
                }
                if ((f + 1) % PROGRESS_EVERY == 0) {
                    progress.checkCancelled();
                    progress.progress(f + 1, last + 1, "players: kit colours, frame " + (f + 1) + " of " + (last + 1));
                }
            }
        }
        TorsoColours all = TorsoColours.join(parts);
        if (all.size() != boxes.size()) {
            throw new VideoOpenException(VideoOpenException.Problem.DAMAGED, facts.path(), "The video ended after " + parts.size() + " frames with people, before "
                    + "frame " + last + "; it may be damaged. Re-encode it and find the players again.");
        }
        return all;
    }

    /** At most {@value #FIT_SAMPLE} colours, every k-th. */
    private static TorsoColours sample(TorsoColours colours) {
        int step = Math.max(1, colours.size() / FIT_SAMPLE);
        return step == 1 ? colours : colours.everyNth(step);
    }

    /** Maps a sub-task's progress onto {@code from} … {@code to} of the whole. */
    private static ProgressListener share(ProgressListener whole, double from, double to) {
        return new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
                double part = total > 0 ? (double) done / total : 0;
                whole.progress(Math.round(1000 * (from + (to - from) * part)), 1000, message);
            }

            @Override
            public boolean isCancelled() {
                return whole.isCancelled();
            }
        };
    }
}
