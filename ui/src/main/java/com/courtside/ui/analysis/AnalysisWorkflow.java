package com.courtside.ui.analysis;

import com.courtside.inference.analysis.AnalysisCache;
import com.courtside.inference.analysis.AnalysisResult;
import com.courtside.inference.analysis.BallAnalyzer;
import com.courtside.inference.analysis.ModelRunException;
import com.courtside.inference.onnx.Device;
import com.courtside.inference.onnx.ModelLoadException;
import com.courtside.inference.video.CacheDirectory;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.timeline.task.CancelledException;
import com.courtside.timeline.task.ProgressListener;
import com.courtside.ui.player.StatusModel;
import com.courtside.ui.task.FxCoalescer;
import com.courtside.ui.task.FxTaskRunner;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Ball analysis of the open video, as one flow: load the chosen analyzer, show a kept result at once or run it off
 * the FX thread with progress in the {@link AnalysisViewModel}, then show the result as a layer; or say in one line
 * why not. Opening another video, choosing another model or cancelling stops a run within a few frames.
 */
public final class AnalysisWorkflow implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AnalysisWorkflow.class);

    private record Outcome(AnalysisResult result, boolean kept, String methodId, String modelSha256) {
    }

    /**
     * Told of every analysis the window shows (run or kept): the result, its method id, the analyzer's label and
     * the model's SHA-256 (null for the classical detector).
     */
    public interface ResultListener {
        void shown(AnalysisResult result, String methodId, String label, String modelSha256);
    }

    private record Progress(long done, long total, String message) {
    }

    private final FxTaskRunner tasks;
    private final AnalysisViewModel model;
    private final AnalysisSettings settings;
    private final StatusModel status;
    private final AnalysisCache results;
    private final AnalyzerSlot slot;
    private OpenedVideo video;
    private Task<?> run;
    private long generation;
    private boolean closed;
    private ResultListener resultListener = (result, methodId, label, sha) -> { };

    /**
     * Starts with the remembered choice and loads it in the background, so the status chip soon names the provider.
     *
     * @param openedVideo the video on screen; a change stops the run and looks for a kept result of the new one
     */
    public AnalysisWorkflow(FxTaskRunner tasks, AnalysisViewModel model, AnalysisSettings settings, CacheDirectory cache,
                            StatusModel status, ObservableValue<OpenedVideo> openedVideo) {
        this.tasks = tasks;
        this.model = model;
        this.settings = settings;
        this.status = status;
        this.results = new AnalysisCache(cache);
        this.slot = new AnalyzerSlot(modelFolder(cache));
        model.choose(settings.choice(), settings.device());
        openedVideo.addListener((obs, old, now) -> videoChanged(now));
        video = openedVideo.getValue();
        model.videoChanged(video != null);
        lookUp();
    }

    /** Where bundled models are unpacked for ONNX Runtime: beside the other caches. */
    public static Path modelFolder(CacheDirectory cache) {
        return cache.root().resolve("models");
    }

    public AnalysisViewModel model() {
        return model;
    }

    public AnalysisSettings settings() {
        return settings;
    }

    /** Analyzes the open video with the chosen analyzer; a kept result shows at once. Ignored while one runs. */
    public void analyze() {
        if (video == null) {
            status.setMessage("Open a video to analyze it");
            return;
        }
        if (run != null) {
            return;
        }
        long mine = ++generation;
        OpenedVideo target = video;
        AnalyzerChoice choice = model.getChoice();
        Device device = model.getDevice();
        model.started(choice.label());
        status.setMessage("Analyzing " + target.facts().path().getFileName() + " with " + choice.label() + "…");
        FxCoalescer<Progress> shown = new FxCoalescer<>(p -> {
            if (mine == generation) {
                model.progress(p.done(), p.total(), p.message());
            }
        });
        run = tasks.submitSilently("Analyzing the ball", progress -> slot.use(choice, device, analyzer -> {
            progress.checkCancelled(); // cancelled while it waited for the slot
            announce(choice, device, analyzer);
            Optional<AnalysisResult> kept = results.load(target, analyzer.methodId());
            if (kept.isPresent()) {
                return new Outcome(kept.get(), true, analyzer.methodId(), analyzer.modelSha256());
            }
            ProgressListener relay = relay(progress, shown);
            return new Outcome(analyzer.runCached(target, results, 0, relay), false, analyzer.methodId(),
                    analyzer.modelSha256());
        }), outcome -> finished(mine, choice, outcome), failure -> failed(mine, failure));
    }

    public void setResultListener(ResultListener listener) {
        this.resultListener = listener;
    }

    /** Stops the run in progress; it ends within a few frames and leaves no layer and nothing kept. */
    public void cancel() {
        if (run == null) {
            return;
        }
        stopRun();
        model.cancelled();
        status.setMessage("Analysis cancelled");
    }

    /** Switches to another analyzer (remembered), stopping a run, and shows its kept result for the open video. */
    public void choose(AnalyzerChoice choice) {
        if (choice.equals(model.getChoice()) && choice.kind() != AnalyzerChoice.Kind.FILE) {
            return;
        }
        tasks.runQuietly("remembering the ball model", () -> settings.setChoice(choice));
        restartWith(choice, model.getDevice());
    }

    /** Switches the device models run on (remembered), as {@link #choose} does. */
    public void chooseDevice(Device device) {
        if (device.equals(model.getDevice())) {
            return;
        }
        tasks.runQuietly("remembering the device", () -> settings.setDevice(device));
        restartWith(model.getChoice(), device);
    }

    private void restartWith(AnalyzerChoice choice, Device device) {
        if (run != null) {
            stopRun();
            model.cancelled();
            status.setMessage("Analysis cancelled: another model was chosen");
        }
        if (model.phaseProperty().get() == AnalysisViewModel.Phase.FAILED) {
            model.dismissError();
        }
        model.choose(choice, device);
        lookUp();
    }

    private void videoChanged(OpenedVideo now) {
        if (closed) {
            return;
        }
        if (run != null) {
            stopRun();
            model.cancelled();
        }
        video = now;
        model.videoChanged(now != null);
        lookUp();
    }

    /**
     * Loads the chosen analyzer (so the chip names the provider, and a refused model is told at once) and shows
     * the kept result of the open video if there is one. Not while a run goes on: that run does both, and a
     * listener of the video's arrival may have started it just now.
     */
    private void lookUp() {
        if (run != null) {
            return;
        }
        long mine = ++generation;
        OpenedVideo target = video;
        AnalyzerChoice choice = model.getChoice();
        Device device = model.getDevice();
        tasks.submitSilently("Looking for a kept analysis", progress -> slot.use(choice, device, analyzer -> {
            announce(choice, device, analyzer);
            return target == null ? Optional.<Outcome>empty() : results.load(target, analyzer.methodId())
                    .map(r -> new Outcome(r, true, analyzer.methodId(), analyzer.modelSha256()));
        }), kept -> {
            if (mine == generation && kept.isPresent()) {
                model.showKept(AnalysisResults.layerOf(kept.get().result(), choice.label()));
                Outcome o = kept.get();
                resultListener.shown(o.result(), o.methodId(), choice.label(), o.modelSha256());
            }
        }, failure -> failed(mine, failure));
    }

    private void stopRun() {
        generation++;
        if (run != null) {
            // Not interrupted: the work polls the flag, and an interrupt would close the files it has open.
            run.cancel(false);
            run = null;
        }
    }

    /** Runs on the worker: tells the chip what was loaded, unless the choice has changed meanwhile. */
    private void announce(AnalyzerChoice choice, Device device, BallAnalyzer analyzer) {
        String text = chipText(analyzer);
        Platform.runLater(() -> {
            if (choice.equals(model.getChoice()) && device.equals(model.getDevice())) {
                model.loaded(text);
            }
        });
    }

    static String chipText(BallAnalyzer analyzer) {
        return analyzer == BallAnalyzer.classical() ? AnalyzerChoice.CLASSICAL_LABEL : analyzer.statusText();
    }

    private static ProgressListener relay(ProgressListener task, FxCoalescer<Progress> shown) {
        return new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
                shown.post(new Progress(done, total, message));
            }

            @Override
            public boolean isCancelled() {
                return task.isCancelled();
            }
        };
    }

    private void finished(long mine, AnalyzerChoice choice, Outcome outcome) {
        if (mine != generation) {
            return;
        }
        run = null;
        model.finished(AnalysisResults.layerOf(outcome.result(), choice.label()));
        status.setMessage(AnalysisResults.summary(outcome.result(), outcome.kept()));
        resultListener.shown(outcome.result(), outcome.methodId(), choice.label(), outcome.modelSha256());
    }

    private void failed(long mine, Throwable failure) {
        if (mine != generation || failure instanceof CancelledException) {
            return;
        }
        run = null;
        if (failure instanceof ModelLoadException) {
            LOG.warn("ball model refused: {}", failure.getMessage());
        } else if (failure instanceof ModelRunException || failure instanceof VideoOpenException) {
            LOG.warn("ball analysis failed", failure);
        } else {
            LOG.error("ball analysis failed unexpectedly", failure);
        }
        boolean refused = failure instanceof ModelLoadException;
        model.failed(userMessage(failure), refused);
        status.setMessage(refused ? "Model refused" : "Analysis failed");
    }

    /** One line for the window, without a trace: what happened, and where the model says so, what to do. */
    static String userMessage(Throwable failure) {
        if (failure instanceof ModelLoadException) {
            return "Model refused: " + oneLine(failure.getMessage());
        }
        if (failure instanceof ModelRunException) {
            return "Model failed: " + oneLine(failure.getMessage());
        }
        if (failure instanceof VideoOpenException) {
            return "Analysis stopped: " + oneLine(failure.getMessage());
        }
        if (failure instanceof OutOfMemoryError) {
            return "Analysis stopped: out of memory. Close other programs or start Courtside with more memory.";
        }
        String message = failure.getMessage();
        return "Analysis failed: " + (message == null || message.isBlank() ? failure.getClass().getSimpleName()
                : oneLine(message));
    }

    static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** Stops a run and frees the model once it has stopped (off the FX thread). */
    @Override
    public void close() {
        closed = true;
        stopRun();
        tasks.runQuietly("freeing the ball model", slot::close);
    }
}
