package com.courtside.inference.analysis;

import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.timeline.task.ProgressListener;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Optional;

/**
 * One way of finding the ball in a whole video: the classical detector, or a model of the {@code ball-heatmap} or
 * {@code ball-boxes} contract. Each names itself for the result cache, so results of different methods, models or
 * settings are never mixed up.
 */
public interface BallAnalyzer extends AutoCloseable {

    /**
     * Names the method, the model (by its SHA-256) and every setting that changes the result; it keys the cache.
     * Only letters, digits, '-' and '.'.
     */
    String methodId();

    /** One line for summaries and the status bar: what finds the ball, on which provider. */
    String describe();

    AnalysisResult run(OpenedVideo video, int threads, ProgressListener progress) throws VideoOpenException;

    /** The kept result for this video and method if there is one, else a new run whose result is kept. */
    default AnalysisResult runCached(OpenedVideo video, AnalysisCache cache, int threads, ProgressListener progress)
            throws VideoOpenException {
        Optional<AnalysisResult> kept = cache.load(video, methodId());
        if (kept.isPresent()) {
            return kept.get();
        }
        AnalysisResult result = run(video, threads, progress);
        try {
            cache.store(video, methodId(), result);
        } catch (IOException e) {
            // The result is still good; only the next open will have to analyse again.
            LoggerFactory.getLogger(BallAnalyzer.class).warn("analysis result not kept: {}", e.getMessage());
        }
        return result;
    }

    /** The provider the analysis runs on ("CPU", "CUDA:0"), and why CUDA was not used where it was asked for. */
    default String statusText() {
        return describe();
    }

    /** The SHA-256 of the model file, for the record of a run; null where there is no model. */
    default String modelSha256() {
        return null;
    }

    /** Frees the model, if there is one. */
    @Override
    default void close() {
    }

    /** The classical moving-blob detector with the Kalman tracker; needs no model. */
    static BallAnalyzer classical() {
        return ClassicalAnalyzer.INSTANCE;
    }

    /** Adapts {@link BallAnalysis}'s static entry points. */
    enum ClassicalAnalyzer implements BallAnalyzer {
        INSTANCE;

        @Override
        public String methodId() {
            return BallAnalysis.METHOD_ID;
        }

        @Override
        public String describe() {
            return "classical moving-blob detector";
        }

        @Override
        public AnalysisResult run(OpenedVideo video, int threads, ProgressListener progress) throws VideoOpenException {
            return BallAnalysis.run(video, threads, progress);
        }
    }
}
