package com.courtside.app.gui;

import com.courtside.inference.video.CacheDirectory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/** The JavaFX application: one workstation window on the video given to {@link GuiLauncher}, or the demo. */
public final class CourtsideApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(CourtsideApplication.class);
    private static volatile Path initialVideo;
    private static final AtomicInteger EXIT_CODE = new AtomicInteger();

    private Workstation workstation;

    static void configure(Path video) {
        initialVideo = video;
        EXIT_CODE.set(0);
    }

    static int exitCode() {
        return EXIT_CODE.get();
    }

    @Override
    public void start(Stage stage) {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) ->
                LOG.error("unexpected failure on {}", thread.getName(), e));
        workstation = Workstation.create(stage, Workstation.defaultPreferences(), CacheDirectory.defaultLocation());
        stage.show();
        Path video = initialVideo;
        if (video != null) {
            workstation.open(video);
        } else {
            workstation.openDemo();
        }
        AnalyzeOption analyze = AnalyzeOption.fromSystemProperties();
        if (analyze != null) {
            analyze.schedule(workstation.analysis());
        }
        // -Dcourtside.scoreShots=true: Analysis ▸ Score the Shots once the video's labels are open (for screenshots).
        boolean scoreShots = Boolean.getBoolean("courtside.scoreShots");
        if (scoreShots) {
            workstation.labels().editableProperty().addListener((obs, was, now) -> {
                if (now) {
                    workstation.scoreShots();
                }
            });
        }
        // -Dcourtside.findPlayers=true: Analysis ▸ Find the Players once the video's labels are open (for screenshots).
        boolean findPlayers = Boolean.getBoolean("courtside.findPlayers");
        if (findPlayers) {
            workstation.labels().editableProperty().addListener((obs, was, now) -> {
                if (now) {
                    workstation.findPlayers();
                }
            });
        }
        PlaybackProbeOption probe = PlaybackProbeOption.fromSystemProperties();
        if (probe != null) {
            probe.schedule(workstation.player(), code -> {
                EXIT_CODE.set(code);
                stage.close();
                Platform.exit();
            });
        }
        ScreenshotOption screenshot = ScreenshotOption.fromSystemProperties();
        if (screenshot != null) {
            // After an analysis, wait also until the project holds it, so the label panel agrees with the overlay.
            BooleanSupplier analysed = () -> (analyze == null
                    || analyze.readyForScreenshot(workstation.analysis().model())
                    && (workstation.analysis().model().isRunning() || labelsSaved(workstation)))
                    && (!scoreShots || shotsScored(workstation))
                    && (!findPlayers || playersFound(workstation));
            screenshot.schedule(stage.getScene(), workstation.player(), analysed,
                    name -> switch (name) {
                        case "rally-settings" -> workstation.window().openRallySettings().scene();
                        case "export-dataset" -> {
                            var dialog = workstation.exportDataset();
                            yield dialog == null ? null : dialog.stage().getScene();
                        }
                        case "export-video" -> {
                            var dialog = workstation.exportVideo();
                            yield dialog == null ? null : dialog.stage().getScene();
                        }
                        default -> null;
                    },
                    code -> {
                EXIT_CODE.set(code);
                stage.close();
                Platform.exit();
            });
        }
    }

    @Override
    public void stop() {
        if (workstation != null) {
            workstation.close();
        }
    }

    private static boolean shotsScored(Workstation workstation) {
        var snapshot = workstation.labels().snapshotProperty().get();
        return snapshot != null && !snapshot.shots().scores().isEmpty();
    }

    private static boolean playersFound(Workstation workstation) {
        var snapshot = workstation.labels().snapshotProperty().get();
        return snapshot != null && !snapshot.shots().people().isEmpty();
    }

    private static boolean labelsSaved(Workstation workstation) {
        var snapshot = workstation.labels().snapshotProperty().get();
        return snapshot != null && snapshot.hasModelBall() || !workstation.labels().editableProperty().get();
    }
}
