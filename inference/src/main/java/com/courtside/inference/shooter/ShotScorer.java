package com.courtside.inference.shooter;

import com.courtside.inference.video.FrameImage;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoDecoder;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.timeline.VideoFacts;
import com.courtside.timeline.players.PersonBoxes;
import com.courtside.timeline.players.Shot;
import com.courtside.timeline.task.ProgressListener;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores every shot of a video: with a shooter model when one is loaded (one decoder for all the windows), else with
 * the {@link ShooterBaseline}, which needs no pixels. Cancellable between shots through the progress listener.
 */
public final class ShotScorer {

    private final ShooterModel model;

    /** @param model the loaded shooter model, or null to score with the baseline */
    public ShotScorer(ShooterModel model) {
        this.model = model;
    }

    /** One score per shot, in the order of {@code shots}; {@code boxes} carry the players' slots. */
    public List<ShooterScores> score(OpenedVideo video, PersonBoxes boxes, List<Shot> shots, int threads,
                                     ProgressListener progress) throws VideoOpenException {
        VideoFacts facts = video.facts();
        TrackHeatmaps heatmaps = new TrackHeatmaps(facts.width(), facts.height());
        List<ShooterScores> out = new ArrayList<>(shots.size());
        if (model == null) {
            for (Shot shot : shots) {
                progress.checkCancelled();
                ShooterWindow window = ShooterWindow.around(shot.releaseFrame(), facts.fpsValue(), facts.frameCount());
                out.add(ShooterBaseline.score(heatmaps.build(boxes, shot, window), window.releaseSlot()));
            }
            return out;
        }
        try (VideoDecoder decoder = WindowFrames.openDecoder(video, threads)) {
            FrameImage[] frames = new FrameImage[ShooterWindow.FRAMES];
            for (int s = 0; s < frames.length; s++) {
                frames[s] = decoder.newFrame();
            }
            for (Shot shot : shots) {
                progress.checkCancelled();
                ShooterWindow window = ShooterWindow.around(shot.releaseFrame(), facts.fpsValue(), facts.frameCount());
                WindowFrames.read(decoder, window, frames);
                out.add(model.score(frames, heatmaps.build(boxes, shot, window)));
                progress.progress(out.size(), shots.size(), "shooter: shot " + out.size() + " of " + shots.size());
            }
        }
        return out;
    }
}
