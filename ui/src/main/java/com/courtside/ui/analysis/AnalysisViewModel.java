package com.courtside.ui.analysis;

import com.courtside.inference.onnx.Device;
import com.courtside.ui.overlay.LabelLayer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.Locale;

/**
 * The state of ball analysis in the window: the chosen analyzer and device, the run in progress (what the progress
 * panel shows), the last error, the status chip, and the layer of the result. Holds no controls; the
 * {@link AnalysisWorkflow} drives it on the FX thread, and tests drive it on theirs.
 */
public final class AnalysisViewModel {

    /** What the progress panel shows: nothing, a run, or why the last one failed. */
    public enum Phase { IDLE, RUNNING, FAILED }

    static final String LAYER_NAME = "Ball analysis";

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.IDLE);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper chip = new ReadOnlyStringWrapper(this, "chip", "");
    private final ReadOnlyBooleanWrapper chipWarning = new ReadOnlyBooleanWrapper(this, "chipWarning");
    private final ReadOnlyObjectWrapper<LabelLayer> layer = new ReadOnlyObjectWrapper<>(this, "layer");
    private final BooleanProperty layerVisible = new SimpleBooleanProperty(this, "layerVisible", true);
    private final ObjectBinding<LabelLayer> shownLayer =
            Bindings.createObjectBinding(() -> layerVisible.get() ? layer.get() : null, layerVisible, layer);
    private final ReadOnlyObjectWrapper<AnalyzerChoice> choice =
            new ReadOnlyObjectWrapper<>(this, "choice", AnalyzerChoice.CLASSICAL);
    private final ReadOnlyObjectWrapper<Device> device = new ReadOnlyObjectWrapper<>(this, "device", Device.AUTO);
    private final ReadOnlyBooleanWrapper videoOpen = new ReadOnlyBooleanWrapper(this, "videoOpen");

    public AnalysisViewModel() {
        running.bind(phase.isEqualTo(Phase.RUNNING));
    }

    // ---- transitions (the workflow's) -----------------------------------------------------------------------

    /** A new analyzer or device is chosen: the chip names it until it is loaded, the old result goes. */
    void choose(AnalyzerChoice newChoice, Device newDevice) {
        choice.set(newChoice);
        device.set(newDevice);
        chip.set(provisionalChip(newChoice, newDevice));
        chipWarning.set(false);
        layer.set(null);
    }

    /** The analyzer is loaded: the chip says what runs where ({@code BallAnalyzer.statusText()}). */
    void loaded(String statusText) {
        chip.set(statusText);
        chipWarning.set(false);
    }

    void videoChanged(boolean open) {
        videoOpen.set(open);
        layer.set(null);
        if (phase.get() == Phase.FAILED) {
            dismissError();
        }
    }

    void started(String analyzerLabel) {
        layer.set(null);
        error.set("");
        title.set("Analyzing the ball · " + analyzerLabel);
        detail.set(choice.get().isModel() ? "Loading the model…" : "Starting…");
        progress.set(-1);
        phase.set(Phase.RUNNING);
    }

    void progress(long done, long total, String message) {
        progress.set(total > 0 ? Math.max(0, Math.min(1, done / (double) total)) : -1);
        detail.set(detailText(done, total, message));
    }

    void finished(LabelLayer result) {
        layer.set(result);
        phase.set(Phase.IDLE);
    }

    /** A kept result shown without a run (the video was opened, or the choice changed). */
    void showKept(LabelLayer result) {
        layer.set(result);
    }

    void cancelled() {
        layer.set(null);
        phase.set(Phase.IDLE);
    }

    /** Shows {@code message} (one line, no trace) in the panel; {@code modelRefused} also marks the chip. */
    void failed(String message, boolean modelRefused) {
        error.set(message);
        if (modelRefused) {
            chip.set("Model refused · " + choice.get().label());
            chipWarning.set(true);
        }
        phase.set(Phase.FAILED);
    }

    public void dismissError() {
        error.set("");
        phase.set(Phase.IDLE);
    }

    // ---- texts ------------------------------------------------------------------------------------------------

    /** "Classical detector"; for a model before it is loaded "ball-heatmap-tt · auto". */
    static String provisionalChip(AnalyzerChoice choice, Device device) {
        return choice.isModel() ? choice.label() + " · " + device : choice.label();
    }

    /**
     * "812 / 1800 frames · 212 frames/s · 0:31 left" from the analysis' progress message
     * ("Analyzing 45 % · 212 frames/s · 0:31 left"); the percentage shows beside the bar instead.
     */
    static String detailText(long done, long total, String message) {
        String text = message == null ? "" : message.strip();
        if (text.startsWith("Analyzing ")) {
            int dot = text.indexOf(" · ");
            text = dot < 0 ? "" : text.substring(dot + 3);
        }
        if (total <= 0) {
            return text;
        }
        String frames = String.format(Locale.ROOT, "%d / %d frames", done, total);
        return text.isEmpty() ? frames : frames + " · " + text;
    }

    /** "45 %", or empty while the amount of work is unknown. */
    static String percentText(double progress) {
        return progress < 0 ? "" : Math.round(progress * 100) + " %";
    }

    // ---- properties ---------------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    /** "Analyzing the ball · Classical detector". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Frames done, frames per second and time left. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** 0..1, or -1 while unknown (loading the model, starting the decoder). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Why the last run (or the model load) failed, in one line; empty when it did not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The status bar's chip: the provider and the model ("CPU · ball-heatmap-tt", "Classical detector"). */
    public ReadOnlyStringProperty chipProperty() {
        return chip.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty chipWarningProperty() {
        return chipWarning.getReadOnlyProperty();
    }

    /** The result of the last analysis of the open video, shown or not; null when there is none. */
    public ReadOnlyObjectProperty<LabelLayer> layerProperty() {
        return layer.getReadOnlyProperty();
    }

    /** Whether the result is drawn over the video (View ▸ Show Ball Analysis). */
    public BooleanProperty layerVisibleProperty() {
        return layerVisible;
    }

    /** The layer to draw: the result while it is to be shown, else null. */
    public ObjectBinding<LabelLayer> shownLayerBinding() {
        return shownLayer;
    }

    public ReadOnlyObjectProperty<AnalyzerChoice> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    public AnalyzerChoice getChoice() {
        return choice.get();
    }

    public ReadOnlyObjectProperty<Device> deviceProperty() {
        return device.getReadOnlyProperty();
    }

    public Device getDevice() {
        return device.get();
    }

    public ReadOnlyBooleanProperty videoOpenProperty() {
        return videoOpen.getReadOnlyProperty();
    }
}
