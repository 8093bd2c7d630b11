package com.courtside.app.gui;

import com.courtside.ui.analysis.AnalysisViewModel;
import com.courtside.ui.analysis.AnalysisWorkflow;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * {@code -Dcourtside.analyze=true}: analyzes the first video as soon as it is open, as Analysis ▸ Analyze Ball
 * would. With {@code -Dcourtside.screenshot} the picture waits until the analysis has ended, or, with
 * {@code -Dcourtside.screenshotWhileAnalyzing=true}, is taken while it runs (a quarter done), to show the panel.
 */
public final class AnalyzeOption {

    private static final double MIDWAY = 0.25;

    private final boolean whileRunning;
    private boolean started;

    private AnalyzeOption(boolean whileRunning) {
        this.whileRunning = whileRunning;
    }

    /** The option from system properties, or null when no analysis at launch is asked for. */
    public static AnalyzeOption fromSystemProperties() {
        if (!Boolean.getBoolean("courtside.analyze")) {
            return null;
        }
        return new AnalyzeOption(Boolean.getBoolean("courtside.screenshotWhileAnalyzing"));
    }

    /** Starts the analysis once a video is open; call on the FX thread. */
    public void schedule(AnalysisWorkflow analysis) {
        AnalysisViewModel model = analysis.model();
        if (model.videoOpenProperty().get()) {
            start(analysis);
            return;
        }
        model.videoOpenProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean open) {
                if (open) {
                    model.videoOpenProperty().removeListener(this);
                    start(analysis);
                }
            }
        });
    }

    private void start(AnalysisWorkflow analysis) {
        started = true;
        analysis.analyze();
    }

    /** Whether the window is as the screenshot should show it: the analysis ended, or a quarter done. */
    public boolean readyForScreenshot(AnalysisViewModel model) {
        if (!started) {
            return false;
        }
        if (whileRunning) {
            return model.isRunning() && model.progressProperty().get() >= MIDWAY;
        }
        return !model.isRunning();
    }
}
