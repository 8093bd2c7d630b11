package com.courtside.inference.analysis;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.courtside.inference.ball.BoxesDecoder;
import com.courtside.inference.ball.BoxesDecoder.Box;
import com.courtside.inference.ball.BoxesInput;
import com.courtside.inference.ball.BoxesOutputs;
import com.courtside.inference.events.TrajectoryEvents;
import com.courtside.inference.onnx.LoadedModel;
import com.courtside.inference.onnx.ModelLoadException;
import com.courtside.inference.onnx.ModelManifest;
import com.courtside.inference.onnx.ModelTask;
import com.courtside.inference.onnx.OnnxRuntime;
import com.courtside.inference.track.BallTracker;
import com.courtside.inference.track.Candidate;
import com.courtside.inference.track.TrackResult;
import com.courtside.inference.track.TrackerSettings;
import com.courtside.inference.video.FrameImage;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoDecoder;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.VideoFacts;
import com.courtside.timeline.task.ProgressListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the ball with a {@code ball-boxes} model (RF-DETR, DETR or YOLO export): each frame is decoded at the
 * model's size on the decoder's own thread, run through the model alone, and every ball box scoring at least the
 * threshold goes to the Kalman tracker, which picks the one that fits the flight and bridges misses. Bounces come
 * from the trajectory, since box models have no event head.
 *
 * <p>The manifest's {@code layout} says how to read the outputs ({@link BoxesOutputs}).
 */
public final class BoxesBallAnalyzer extends ModelAnalyzer {

    /** Bump when the pre- or post-processing changes: it is part of every cache key. */
    static final String VERSION = "boxes-1";
    private static final String TASK = "ball-boxes";
    private static final int PROGRESS_EVERY = 8;

    private final int width;
    private final int height;
    private final float threshold;
    private final String inputName;
    private final BoxesInput.Encoding encoding;
    private final BoxesOutputs outputs;

    public BoxesBallAnalyzer(LoadedModel model) throws ModelLoadException {
        super(model);
        ModelManifest m = model.manifest();
        if (m.modelTask() != ModelTask.BALL_BOXES) {
            throw refuse(model, model.file().getFileName() + " is a '" + m.task()
                    + "' model; finding the ball with boxes needs a 'ball-boxes' model (or a 'ball-heatmap' one).");
        }
        if (m.inputWidth() == null || m.inputHeight() == null || m.labels() == null || m.labels().isEmpty()) {
            throw refuse(model, "The manifest of " + model.file().getFileName()
                    + " must give \"inputWidth\", \"inputHeight\" and the class \"labels\" for a ball-boxes model.");
        }
        width = m.inputWidth();
        height = m.inputHeight();
        threshold = (float) m.thresholdOrDefault();
        inputName = BoxesOutputs.checkInput(model, m, TASK);
        encoding = encoding(model, m);
        outputs = BoxesOutputs.check(model, m, TASK, BoxesDecoder.ballIndex(m.labels()));
    }

    private static ModelLoadException refuse(LoadedModel model, String message) {
        return new ModelLoadException(model.file(), message);
    }

    private static BoxesInput.Encoding encoding(LoadedModel model, ModelManifest m) throws ModelLoadException {
        try {
            return BoxesInput.Encoding.of(m.colorOrder(), m.normalization());
        } catch (IllegalArgumentException e) {
            throw refuse(model, "The manifest of " + model.file().getFileName() + " cannot be used: " + e.getMessage() + ".");
        }
    }

    @Override
    public String methodId() {
        return VERSION + "-" + model.sha256().substring(0, 16)
                + String.format(Locale.ROOT, "-t%.3f", threshold).replace(',', '.');
    }

    @Override
    public AnalysisResult run(OpenedVideo video, int threads, ProgressListener progress) throws VideoOpenException {
        VideoFacts facts = video.facts();
        int total = facts.frameCount();
        BoxesInput input = new BoxesInput(width, height, encoding);
        double sx = facts.width() / (double) width;
        double sy = facts.height() / (double) height;
        BallTracker tracker = new BallTracker(TrackerSettings.forVideo(facts.width(), facts.height(), facts.fpsValue()));
        TrackResult result = new TrackResult(total);
        long start = System.nanoTime();
        long decodeNs = 0;
        long prepareNs = 0;
        long inferNs = 0;
        long trackNs = 0;
        int tracked = 0;
        int next = 0;
        try (VideoDecoder decoder = VideoDecoder.openScaled(video, width, height, threads)) {
            FrameImage frame = decoder.newFrame();
            while (next < total) {
                long t0 = System.nanoTime();
                boolean more = decoder.next(frame);
                long t1 = System.nanoTime();
                decodeNs += t1 - t0;
                if (!more) {
                    break;       // the video ended early: the frames left get the tracker's coasting below
                }
                input.put(frame);
                long t2 = System.nanoTime();
                prepareNs += t2 - t1;
                List<Candidate> candidates = candidates(input, next, sx, sy, progress);
                long t3 = System.nanoTime();
                inferNs += t3 - t2;
                var sample = tracker.update(next, candidates);
                result.record(next, sample);
                tracked += sample != null ? 1 : 0;
                trackNs += System.nanoTime() - t3;
                next++;
                if (next % PROGRESS_EVERY == 0) {
                    progress.checkCancelled();
                    progress.progress(next, total, ProgressText.of(next, total, System.nanoTime() - start));
                }
            }
        }
        for (; next < total; next++) {
            var sample = tracker.update(next, List.of());
            result.record(next, sample);
            tracked += sample != null ? 1 : 0;
        }
        long elapsed = System.nanoTime() - start;
        progress.progress(total, total, ProgressText.of(total, total, elapsed));
        List<MatchEvent> events = TrajectoryEvents.detect(result.ballTrack(), result.predictedColumn(),
                facts.fpsValue(), facts.width(), facts.height(), null);
        return new AnalysisResult(facts, result, events, describe() + ", bounces from the trajectory", tracked,
                elapsed, new StageTimes(decodeNs, prepareNs, inferNs, trackNs));
    }

    /** Runs the model on one prepared frame; every ball box at or above the threshold, in video pixels. */
    private List<Candidate> candidates(BoxesInput input, int frame, double sx, double sy, ProgressListener progress) {
        List<Box> boxes;
        try (OnnxTensor tensor = OnnxTensor.createTensor(OnnxRuntime.environment(), input.buffer(), input.shape());
             OrtSession.Result out = model.run(Map.of(inputName, tensor))) {
            boxes = outputs.decode(out, threshold);
        } catch (OrtException e) {
            progress.checkCancelled();
            throw new ModelRunException("The model " + model.manifest().name() + " failed on frame " + frame
                    + ": " + e.getMessage() + ". Try --device cpu, or another model.", e);
        } catch (IllegalArgumentException e) {
            throw new ModelRunException("The model " + model.manifest().name() + " gave output that does not fit "
                    + "its manifest on frame " + frame + ": " + e.getMessage() + ".", e);
        }
        List<Candidate> candidates = new ArrayList<>(boxes.size());
        for (Box box : boxes) {
            // Pixel centres map back as (x + 0.5) * scale - 0.5 (the decoder scales bilinearly).
            float x = (float) ((box.x() + 0.5) * sx - 0.5);
            float y = (float) ((box.y() + 0.5) * sy - 0.5);
            if (Float.isFinite(x) && Float.isFinite(y)) {
                candidates.add(new Candidate(x, y, box.score()));
            }
        }
        return candidates;
    }
}
