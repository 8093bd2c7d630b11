package com.courtside.inference.analysis;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.courtside.inference.ball.FrameRing;
import com.courtside.inference.ball.FullResolutionFrames;
import com.courtside.inference.ball.HeatmapContract;
import com.courtside.inference.ball.HeatmapDecoder;
import com.courtside.inference.ball.HeatmapInput;
import com.courtside.inference.ball.LocalStage;
import com.courtside.inference.events.TrackEventModel;
import com.courtside.inference.events.TrajectoryEvents;
import com.courtside.inference.onnx.LoadedModel;
import com.courtside.inference.onnx.ModelLoadException;
import com.courtside.inference.onnx.ModelManifest;
import com.courtside.inference.onnx.OnnxRuntime;
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
 *
 * <p>With a {@link LocalStage} (TTNet's local stage, named by the manifest's {@code "localStage"}), a second decoder
 * keeps the same F frames at the video's own size, and each estimate above the threshold is looked at again on a
 * crop of them centred on it: a confident local peak near the estimate gives the position, in video pixels, and the
 * global score stays. Memory is then F full-size frames more, still independent of the video's length.
 */
public final class HeatmapBallAnalyzer extends ModelAnalyzer {

    /** Bump when the pre- or post-processing changes: it is part of every cache key. */
    static final String VERSION = "heatmap-6";
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

    /** Two bounces the track-event model finds are at least this far apart (a ball rolling out bounces fast). */
    private static final double TRACK_BOUNCE_GAP_SECONDS = 0.15;
    /** A track-event model's event needs the track to hold the ball this close in time. */
    private static final double TRACK_EVENT_BALL_SECONDS = 0.1;

    /** A local peak farther than this from the global estimate, in global model pixels, is another object. */
    static final double LOCAL_GATE_MODEL_PIXELS = 3;

    private final HeatmapContract contract;
    private final int frames;
    private final int width;
    private final int height;
    private final int target;
    private final float threshold;
    private final float eventThreshold;
    private final String eventsName;
    private final List<EventKind> eventKinds;
    /** TTNet's local stage, or null: refines each confident estimate on a full-resolution crop. */
    private final LocalStage local;
    /** Reads bounces and nets off the whole track and the head's scores, or null: the head and track decide. */
    private final TrackEventModel trackEvents;

    public HeatmapBallAnalyzer(LoadedModel model) throws ModelLoadException {
        this(model, null);
    }

    /** With {@code local} (may be null) as the local stage; the analyzer owns it and closes it with the model. */
    public HeatmapBallAnalyzer(LoadedModel model, LocalStage local) throws ModelLoadException {
        this(model, local, null);
    }

    /**
     * With {@code local} as the local stage and {@code trackEvents} as the track-event model (either may be null);
     * the analyzer owns both and closes them with the model. A track-event model needs the model's event head.
     */
    public HeatmapBallAnalyzer(LoadedModel model, LocalStage local, TrackEventModel trackEvents)
            throws ModelLoadException {
        super(model);
        ModelManifest m = model.manifest();
        contract = HeatmapContract.of(model);
        frames = contract.frames();
        width = contract.width();
        height = contract.height();
        target = contract.target();
        threshold = (float) m.thresholdOrDefault();
        eventThreshold = (float) m.eventThresholdOrDefault();
        eventsName = contract.eventsName();
        if (eventsName != null) {
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
            eventKinds = List.of();
        }
        this.local = local;
        if (trackEvents != null && eventsName == null) {
            throw new ModelLoadException(model.file(), "The track-event model " + trackEvents.name()
                    + " reads the event head's scores, and " + model.file().getFileName() + " has no event head; "
                    + "remove \"trackEvents\" from its manifest.");
        }
        this.trackEvents = trackEvents;
    }

    /** Whether a track-event model reads the events off the track. */
    public boolean hasTrackEvents() {
        return trackEvents != null;
    }

    /** Whether a local stage is loaded (it runs on every video larger than its crop). */
    public boolean hasLocalStage() {
        return local != null;
    }

    @Override
    public void close() {
        if (local != null) {
            local.close();
        }
        if (trackEvents != null) {
            trackEvents.close();
        }
        super.close();
    }

    @Override
    public String methodId() {
        return VERSION + "-" + model.sha256().substring(0, 16)
                + String.format(Locale.ROOT, "-t%.3f-e%.3f", threshold, eventThreshold)
                + (local == null ? "-global" : String.format(Locale.ROOT, "-local%s-t%.3f-g%.1f",
                        local.sha256().substring(0, 16), local.threshold(), LOCAL_GATE_MODEL_PIXELS))
                + (trackEvents == null ? "" : String.format(Locale.ROOT, "-events%s-t%.3f",
                        trackEvents.sha256().substring(0, 16), trackEvents.threshold()));
    }

    @Override
    public AnalysisResult run(OpenedVideo video, int threads, ProgressListener progress) throws VideoOpenException {
        VideoFacts facts = video.facts();
        int total = facts.frameCount();
        int plane = width * height;
        FrameRing<float[]> ring = new FrameRing<>(frames, () -> new float[3 * plane]);
        FloatBuffer input = ByteBuffer.allocateDirect(4 * 3 * frames * plane).order(ByteOrder.nativeOrder()).asFloatBuffer();
        long[] shape = contract.inputShape();
        float[][] eventScores = new float[eventKinds.size()][total];
        float[] rawX = new float[total];
        float[] rawY = new float[total];
        float[] rawScore = new float[total];
        java.util.Arrays.fill(rawX, Float.NaN);
        double sx = facts.width() / (double) width;
        double sy = facts.height() / (double) height;
        boolean refine = local != null && local.fits(facts.width(), facts.height());
        LocalGate gate = new LocalGate(LOCAL_GATE_MODEL_PIXELS * sx, LOCAL_GATE_MODEL_PIXELS * sy);

        BallTracker tracker = new BallTracker(TrackerSettings.forVideo(facts.width(), facts.height(), facts.fpsValue())
                .withReacquireScore(Math.max(threshold, REACQUIRE_SCORE)));
        TrackResult result = new TrackResult(total);
        long start = System.nanoTime();
        long decodeNs = 0;
        long prepareNs = 0;
        long inferNs = 0;
        long localNs = 0;
        long trackNs = 0;
        int tracked = 0;
        int lookahead = frames - 1 - target;
        try (VideoDecoder decoder = VideoDecoder.openScaled(video, width, height, threads);
             FullResolutionFrames full = refine ? new FullResolutionFrames(video, frames, threads) : null) {
            FrameImage frame = decoder.newFrame();
            int decoded = 0;     // frames decoded so far; the newest is decoded - 1
            int next = 0;        // the next frame owed an answer
            while (next < total) {
                long t0 = System.nanoTime();
                boolean more = decoded < total && decoder.next(frame);
                if (more && full != null) {
                    full.decodeNext(decoded);
                }
                long t1 = System.nanoTime();
                decodeNs += t1 - t0;
                if (more) {
                    HeatmapInput.toPlanes(frame, ring.claim(decoded), 0);
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
                    input.put(ring.get(Math.max(0, Math.min(decoded - 1, next - target + slot))));
                }
                input.flip();
                long t3 = System.nanoTime();
                prepareNs += t3 - t2;
                Candidate peak;
                try {
                    peak = infer(input, shape, next, eventScores, sx, sy);
                } catch (OrtException e) {
                    progress.checkCancelled();
                    throw new ModelRunException("The model " + model.manifest().name() + " failed on frame " + next
                            + ": " + e.getMessage() + ". Try --device cpu, or another model.", e);
                }
                long t4 = System.nanoTime();
                inferNs += t4 - t3;
                long t5 = t4;
                if (full != null && peak.score() >= threshold) {
                    peak = refineLocally(full.window(next - target, decoded - 1), peak, gate, next, progress);
                    t5 = System.nanoTime();
                    localNs += t5 - t4;
                }
                rawX[next] = peak.x();
                rawY[next] = peak.y();
                rawScore[next] = peak.score();
                var sample = tracker.update(next, peak.score() >= threshold ? List.of(peak) : List.of());
                result.record(next, sample);
                tracked += sample != null ? 1 : 0;
                trackNs += System.nanoTime() - t5;
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
        List<MatchEvent> events = events(eventScores, result, facts, progress);
        String method = describe() + (refine ? " + local stage " + local.name() : "")
                + (trackEvents != null ? ", events read off the track by " + trackEvents.name()
                : eventsName != null ? ", events from the model's event head placed by the track"
                : ", bounces from the trajectory");
        return new AnalysisResult(facts, result, events, method, tracked, elapsed,
                new StageTimes(decodeNs, prepareNs, inferNs, trackNs, localNs),
                eventsName == null ? null : new EventScores(eventKinds, eventScores));
    }

    /** How far, in video pixels, a local peak may lie from the global estimate on each axis. */
    private record LocalGate(double x, double y) {
    }

    /**
     * The local stage's position for a confident global estimate, with the global score; the global candidate where
     * the local peak is unsure, lies outside the gate, or a frame of the window could not be decoded at full size.
     */
    private Candidate refineLocally(List<FrameImage> window, Candidate global, LocalGate gate, int frame,
                                    ProgressListener progress) {
        if (window == null) {
            return global;
        }
        HeatmapDecoder.Peak peak;
        try {
            peak = local.refine(window, global.x(), global.y());
        } catch (OrtException e) {
            progress.checkCancelled();
            throw new ModelRunException("The local stage " + local.name() + " failed on frame " + frame + ": "
                    + e.getMessage() + ". Try --no-local-stage, --device cpu, or another model.", e);
        }
        if (peak.confidence() < local.threshold() || Math.abs(peak.x() - global.x()) > gate.x()
                || Math.abs(peak.y() - global.y()) > gate.y()) {
            return global;
        }
        return new Candidate(peak.x(), peak.y(), global.score());
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
             OrtSession.Result out = model.run(Map.of(contract.inputName(), tensor))) {
            float[] row = ((float[][]) out.get(contract.heatmapName()).orElseThrow().getValue())[0];
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

    private List<MatchEvent> events(float[][] eventScores, TrackResult result, VideoFacts facts,
                                    ProgressListener progress) {
        if (eventsName == null) {
            return TrajectoryEvents.detect(result.ballTrack(), result.predictedColumn(), facts.fpsValue(),
                    facts.width(), facts.height(), null);
        }
        int minGap = Math.max(2, (int) Math.round(facts.fpsValue() * EVENT_GAP_SECONDS));
        if (trackEvents != null) {
            float[][] scores;
            try {
                scores = trackEvents.scores(result, eventScores, eventKinds, facts.fpsValue(), facts.width(),
                        facts.height());
            } catch (OrtException e) {
                progress.checkCancelled();
                throw new ModelRunException("The track-event model " + trackEvents.name() + " failed: "
                        + e.getMessage() + ". Remove \"trackEvents\" from " + model.manifest().name()
                        + ".model.json to place events by the head alone.", e);
            }
            int bounceGap = Math.max(2, (int) Math.round(facts.fpsValue() * TRACK_BOUNCE_GAP_SECONDS));
            int[] gaps = trackEvents.kinds().stream()
                    .mapToInt(kind -> kind == EventKind.BOUNCE ? bounceGap : minGap).toArray();
            int near = Math.max(1, (int) Math.round(facts.fpsValue() * TRACK_EVENT_BALL_SECONDS));
            return TrackModelEvents.pick(result, scores, trackEvents.kinds(), trackEvents.threshold(), gaps, near,
                    facts.fpsValue());
        }
        int near = Math.max(1, (int) Math.round(facts.fpsValue() * EVENT_BALL_SECONDS));
        return HeadEvents.fuse(result, eventScores, eventKinds, facts.fpsValue(), facts.width(), facts.height(),
                eventThreshold, minGap, near);
    }
}
