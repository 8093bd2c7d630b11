package com.courtside.inference.analysis;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.courtside.inference.ball.HeatmapDecoder;
import com.courtside.inference.ball.HeatmapInput;
import com.courtside.inference.events.TrajectoryEvents;
import com.courtside.inference.onnx.LoadedModel;
import com.courtside.inference.onnx.ModelLoadException;
import com.courtside.inference.onnx.ModelManifest;
import com.courtside.inference.onnx.ModelTask;
import com.courtside.inference.onnx.OnnxRuntime;
import com.courtside.inference.onnx.TensorSpec;
import com.courtside.inference.track.BallTracker;
import com.courtside.inference.track.Candidate;
import com.courtside.inference.track.TrackResult;
import com.courtside.inference.track.TrackerSettings;
import com.courtside.inference.video.FrameImage;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoDecoder;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.VideoFacts;
import com.courtside.timeline.task.ProgressListener;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the ball with a {@code ball-heatmap} model (TTNet's global stage): frames are decoded at the model's size
 * on the decoder's own thread, the last F of them slide through the model one frame at a time, the x and y profiles
 * give one candidate per frame, the Kalman tracker bridges misses, and the event head (when the model has one)
 * gives bounces and nets. Only the F-frame window is held, so memory does not grow with the video.
 *
 * <p>The window for frame t is frames t − target … t − target + F − 1 (target from the manifest), clamped to the
 * video at both ends, so every frame gets an answer.
 */
public final class HeatmapBallAnalyzer extends ModelAnalyzer {

    /** Bump when the pre- or post-processing changes: it is part of every cache key. */
    static final String VERSION = "heatmap-5";
    private static final int PROGRESS_EVERY = 8;
    /** A model's peak this sure, seen twice running where the track does not expect it, moves the track there. */
    private static final float REACQUIRE_SCORE = 0.6f;
    /** Predicted frames kept after the model last saw the ball, when it does not see it again. */
    private static final int KEEP_AFTER_LOSS = 2;
    /** A peak this weak still counts where it lies on the track's path (within half the gate floor). */
    private static final float WEAK_SCORE = 0.15f;
    /** A track must see the ball this long to stay; shorter ones are stray peaks between rallies. */
    private static final double MIN_TRACK_SECONDS = 0.12;
    /** An event needs the track to hold the ball this close in time: the event head also fires between rallies. */
    private static final double EVENT_BALL_SECONDS = 0.07;
    /** Two events of one kind closer than this are one event (the higher peak): the event head fires on
     * neighbouring windows of the same bounce. */
    private static final double EVENT_GAP_SECONDS = 0.25;

    private final int frames;
    private final int width;
    private final int height;
    private final int target;
    private final float threshold;
    private final float eventThreshold;
    private final String inputName;
    private final String heatmapName;
    private final String eventsName;
    private final List<EventKind> eventKinds;

    public HeatmapBallAnalyzer(LoadedModel model) throws ModelLoadException {
        super(model);
        ModelManifest m = model.manifest();
        if (m.modelTask() != ModelTask.BALL_HEATMAP) {
            throw new ModelLoadException(model.file(), model.file().getFileName() + " is a '" + m.task()
                    + "' model; finding the ball needs a 'ball-heatmap' model (or a 'ball-boxes' one).");
        }
        if (m.frames() == null || m.inputWidth() == null || m.inputHeight() == null) {
            throw new ModelLoadException(model.file(), "The manifest of " + model.file().getFileName()
                    + " must give \"frames\", \"inputWidth\" and \"inputHeight\" for a ball-heatmap model.");
        }
        frames = m.frames();
        width = m.inputWidth();
        height = m.inputHeight();
        target = m.targetFrameOrDefault();
        threshold = (float) m.thresholdOrDefault();
        eventThreshold = (float) m.eventThresholdOrDefault();
        if (target < 0 || target >= frames) {
            throw new ModelLoadException(model.file(), "\"targetFrame\" " + target + " is outside the window of "
                    + frames + " frames (0 is the oldest).");
        }
        TensorSpec input = m.inputs().get(0);
        List<Long> expectedInput = List.of(-1L, 3L * frames, (long) height, (long) width);
        if (!TensorSpec.shapeFits(input.shape(), expectedInput)) {
            throw new ModelLoadException(model.file(), "input '" + input.name() + "' has shape "
                    + TensorSpec.shapeText(input.shape()) + " but a ball-heatmap model with " + frames + " frames of "
                    + width + "x" + height + " takes " + TensorSpec.shapeText(expectedInput) + ".");
        }
        inputName = input.name();
        TensorSpec heat = m.outputs().get(0);
        List<Long> expectedHeat = List.of(-1L, (long) width + height);
        if (!TensorSpec.shapeFits(heat.shape(), expectedHeat)) {
            throw new ModelLoadException(model.file(), "output '" + heat.name() + "' has shape "
                    + TensorSpec.shapeText(heat.shape()) + " but should be " + TensorSpec.shapeText(expectedHeat)
                    + ": the x heatmap (" + width + " values) then the y heatmap (" + height + " values).");
        }
        heatmapName = heat.name();
        if (m.outputs().size() > 1) {
            TensorSpec events = m.outputs().get(1);
            eventsName = events.name();
            List<String> labels = m.labels() == null ? List.of("bounce", "net") : m.labels();
            List<EventKind> kinds = new ArrayList<>();
            for (String label : labels) {
                try {
                    kinds.add(EventKind.fromWire(label));
                } catch (IllegalArgumentException e) {
                    throw new ModelLoadException(model.file(), "The manifest labels an event '" + label
                            + "', which Courtside does not know; use bounce, net, hit, serve or shot.");
                }
            }
            eventKinds = List.copyOf(kinds);
        } else {
            eventsName = null;
            eventKinds = List.of();
        }
    }

    @Override
    public String methodId() {
        return VERSION + "-" + model.sha256().substring(0, 16)
                + String.format(Locale.ROOT, "-t%.3f-e%.3f", threshold, eventThreshold);
    }

    @Override
    public AnalysisResult run(OpenedVideo video, int threads, ProgressListener progress) throws VideoOpenException {
        VideoFacts facts = video.facts();
        int total = facts.frameCount();
        int plane = width * height;
        float[][] ring = new float[frames][3 * plane];
        int[] ringFrame = new int[frames];
        FloatBuffer input = ByteBuffer.allocateDirect(4 * 3 * frames * plane).order(ByteOrder.nativeOrder()).asFloatBuffer();
        long[] shape = {1, 3L * frames, height, width};
        float[][] eventScores = new float[eventKinds.size()][total];
        float[] rawX = new float[total];
        float[] rawY = new float[total];
        float[] rawScore = new float[total];
        java.util.Arrays.fill(rawX, Float.NaN);
        double sx = facts.width() / (double) width;
        double sy = facts.height() / (double) height;

        BallTracker tracker = new BallTracker(TrackerSettings.forVideo(facts.width(), facts.height(), facts.fpsValue())
                .withReacquireScore(Math.max(threshold, REACQUIRE_SCORE)));
        TrackResult result = new TrackResult(total);
        long start = System.nanoTime();
        long decodeNs = 0;
        long prepareNs = 0;
        long inferNs = 0;
        long trackNs = 0;
        int tracked = 0;
        int lookahead = frames - 1 - target;
        try (VideoDecoder decoder = VideoDecoder.openScaled(video, width, height, threads)) {
            FrameImage frame = decoder.newFrame();
            int decoded = 0;     // frames decoded so far; the newest is decoded - 1
            int next = 0;        // the next frame owed an answer
            while (next < total) {
                long t0 = System.nanoTime();
                boolean more = decoded < total && decoder.next(frame);
                long t1 = System.nanoTime();
                decodeNs += t1 - t0;
                if (more) {
                    HeatmapInput.toPlanes(frame, ring[decoded % frames], 0);
                    ringFrame[decoded % frames] = decoded;
                    decoded++;
                    prepareNs += System.nanoTime() - t1;
                    if (decoded - 1 - lookahead < next) {
                        continue; // the window of the next frame is not complete yet
                    }
                } else if (next >= decoded) {
                    break;       // the video ended early: frames never decoded stay empty
                }
                // The window of frame `next`: frames next - target .. next + lookahead, clamped to 0 .. decoded-1.
                long t2 = System.nanoTime();
                input.clear();
                for (int slot = 0; slot < frames; slot++) {
                    int f = Math.max(0, Math.min(decoded - 1, next - target + slot));
                    float[] planes = ring[f % frames];
                    if (ringFrame[f % frames] != f) {
                        throw new IllegalStateException("frame " + f + " left the window");
                    }
                    input.put(planes);
                }
                input.flip();
                long t3 = System.nanoTime();
                prepareNs += t3 - t2;
                List<Candidate> candidates;
                try {
                    Candidate peak = infer(input, shape, next, eventScores, sx, sy);
                    rawX[next] = peak.x();
                    rawY[next] = peak.y();
                    rawScore[next] = peak.score();
                    candidates = peak.score() >= threshold ? List.of(peak) : List.of();
                } catch (OrtException e) {
                    progress.checkCancelled();
                    throw new ModelRunException("The model " + model.manifest().name() + " failed on frame " + next
                            + ": " + e.getMessage() + ". Try --device cpu, or another model.", e);
                }
                long t4 = System.nanoTime();
                inferNs += t4 - t3;
                var sample = tracker.update(next, candidates);
                result.record(next, sample);
                tracked += sample != null ? 1 : 0;
                trackNs += System.nanoTime() - t4;
                next++;
                if (next % PROGRESS_EVERY == 0) {
                    progress.checkCancelled();
                    progress.progress(next, total, ProgressText.of(next, total, System.nanoTime() - start));
                }
            }
            while (next < total) {
                var sample = tracker.update(next, List.of());
                result.record(next++, sample);
                tracked += sample != null ? 1 : 0;
            }
        }
        tracked -= countTracked(result);
        TrackerSettings settings = TrackerSettings.forVideo(facts.width(), facts.height(), facts.fpsValue());
        float weak = Math.min(WEAK_SCORE, threshold);
        result.restoreNearTrack(rawX, rawY, rawScore, threshold, settings.chaosJumpPx());
        result.bridgeGaps(KEEP_AFTER_LOSS);
        result.restoreOnPath(rawX, rawY, rawScore, weak, settings.gateFloorPx() / 2);
        result.dropShortTracks(Math.max(3, (int) Math.ceil(MIN_TRACK_SECONDS * facts.fpsValue())));
        tracked += countTracked(result);
        long elapsed = System.nanoTime() - start;
        progress.progress(total, total, ProgressText.of(total, total, elapsed));
        List<MatchEvent> events = events(eventScores, result, facts);
        return new AnalysisResult(facts, result, events, describe() + (eventsName != null
                ? ", events from the model's event head placed by the track" : ", bounces from the trajectory"), tracked, elapsed,
                new StageTimes(decodeNs, prepareNs, inferNs, trackNs));
    }

    private static int countTracked(TrackResult result) {
        int n = 0;
        for (int f = 0; f < result.frameCount(); f++) {
            n += result.hasBall(f) ? 1 : 0;
        }
        return n;
    }

    /** Runs the model on one window: the event scores go into {@code eventScores}; returns the peak, whatever its score. */
    private Candidate infer(FloatBuffer input, long[] shape, int frame, float[][] eventScores, double sx, double sy)
            throws OrtException {
        try (OnnxTensor tensor = OnnxTensor.createTensor(OnnxRuntime.environment(), input, shape);
             OrtSession.Result out = model.run(Map.of(inputName, tensor))) {
            float[] row = ((float[][]) out.get(heatmapName).orElseThrow().getValue())[0];
            if (eventsName != null) {
                float[] scores = ((float[][]) out.get(eventsName).orElseThrow().getValue())[0];
                for (int k = 0; k < eventScores.length && k < scores.length; k++) {
                    eventScores[k][frame] = scores[k];
                }
            }
            HeatmapDecoder.Peak peak = HeatmapDecoder.decode(row, width, height);
            // Pixel centres map back as (x + 0.5) * scale - 0.5 (the decoder scales bilinearly).
            float x = (float) ((peak.x() + 0.5) * sx - 0.5);
            float y = (float) ((peak.y() + 0.5) * sy - 0.5);
            return new Candidate(x, y, peak.confidence());
        }
    }

    private List<MatchEvent> events(float[][] eventScores, TrackResult result, VideoFacts facts) {
        if (eventsName == null) {
            return TrajectoryEvents.detect(result.ballTrack(), result.predictedColumn(), facts.fpsValue(),
                    facts.width(), facts.height(), null);
        }
        int minGap = Math.max(2, (int) Math.round(facts.fpsValue() * EVENT_GAP_SECONDS));
        int near = Math.max(1, (int) Math.round(facts.fpsValue() * EVENT_BALL_SECONDS));
        return HeadEvents.fuse(result, eventScores, eventKinds, facts.fpsValue(), facts.width(), facts.height(),
                eventThreshold, minGap, near);
    }
}
