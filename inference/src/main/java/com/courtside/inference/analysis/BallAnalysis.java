package com.courtside.inference.analysis;

import com.courtside.inference.detect.BallCandidate;
import com.courtside.inference.detect.FrameCandidates;
import com.courtside.inference.detect.MovingBlobDetector;
import com.courtside.inference.events.TrajectoryEvents;
import com.courtside.inference.track.BallTracker;
import com.courtside.inference.track.Candidate;
import com.courtside.inference.track.TrackResult;
import com.courtside.inference.track.TrackerSettings;
import com.courtside.inference.video.FrameImage;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoDecoder;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.timeline.VideoFacts;
import com.courtside.timeline.task.ProgressListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the ball in every frame of a video: frames decoded at analysis size (decoding runs ahead on its own
 * thread), candidates from the classical moving-blob detector, one track chosen by the Kalman tracker. Memory does
 * not grow with the video: only the three-frame detector window and the columnar result are kept.
 */
public final class BallAnalysis {

    /** Names this algorithm and its settings in cached results; change it when either changes. */
    public static final String METHOD_ID = "classical-1";
    /** Width frames are decoded to for the classical detector; enough for a 3 px ball at 1080p. */
    public static final int ANALYSIS_WIDTH = 640;
    private static final int PROGRESS_EVERY = 16;

    private BallAnalysis() {
    }

    /** The kept result for this video if there is one, else a new run whose result is kept. */
    public static AnalysisResult runCached(OpenedVideo video, AnalysisCache cache, int threads, ProgressListener progress)
            throws VideoOpenException {
        Optional<AnalysisResult> kept = cache.load(video, METHOD_ID);
        if (kept.isPresent()) {
            return kept.get();
        }
        AnalysisResult result = run(video, threads, progress);
        try {
            cache.store(video, METHOD_ID, result);
        } catch (java.io.IOException e) {
            // The result is still good; only the next open will have to analyse again.
            org.slf4j.LoggerFactory.getLogger(BallAnalysis.class).warn("analysis result not kept: {}", e.getMessage());
        }
        return result;
    }

    public static AnalysisResult run(OpenedVideo video, int threads, ProgressListener progress) throws VideoOpenException {
        VideoFacts facts = video.facts();
        int width = Math.min(ANALYSIS_WIDTH, facts.width()) & ~1;
        int height = (int) Math.round(facts.height() * (double) width / facts.width()) & ~1;
        int total = facts.frameCount();
        MovingBlobDetector detector = MovingBlobDetector.forAnalysis(width, height, facts.width(), facts.height());
        BallTracker tracker = new BallTracker(TrackerSettings.forVideo(facts.width(), facts.height(), facts.fpsValue()));
        TrackResult result = new TrackResult(total);
        long start = System.nanoTime();
        int tracked = 0;
        try (VideoDecoder decoder = VideoDecoder.openScaled(video, width, height, threads)) {
            FrameImage frame = decoder.newFrame();
            int next = 0; // the next frame the tracker is owed an answer for
            int done = 0;
            while (decoder.next(frame)) {
                Optional<FrameCandidates> found = detector.push(frame);
                if (found.isPresent()) {
                    int f = found.get().frame();
                    while (next < f) {
                        tracked += track(tracker, result, next++, List.of());
                    }
                    tracked += track(tracker, result, next++, toTracker(found.get().candidates()));
                }
                done++;
                if (done % PROGRESS_EVERY == 0) {
                    progress.checkCancelled();
                    progress.progress(done, total, ProgressText.of(done, total, System.nanoTime() - start));
                }
            }
            while (next < total) {
                tracked += track(tracker, result, next++, List.of());
            }
        }
        long elapsed = System.nanoTime() - start;
        progress.progress(total, total, ProgressText.of(total, total, elapsed));
        // No model event head here: bounces come from the trajectory (no net line is known for arbitrary footage).
        var events = TrajectoryEvents.detect(result.ballTrack(), result.predictedColumn(), facts.fpsValue(),
                facts.width(), facts.height(), null);
        return new AnalysisResult(facts, result, events, "classical moving-blob detector + Kalman tracker, "
                + "bounces from the trajectory", tracked, elapsed);
    }

    private static int track(BallTracker tracker, TrackResult result, int frame, List<Candidate> candidates) {
        var sample = tracker.update(frame, candidates);
        result.record(frame, sample);
        return sample != null ? 1 : 0;
    }

    private static List<Candidate> toTracker(List<BallCandidate> candidates) {
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (BallCandidate c : candidates) {
            out.add(new Candidate(c.x(), c.y(), c.score()));
        }
        return out;
    }
}
