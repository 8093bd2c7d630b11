package com.courtside.e2e.gui;

import com.courtside.app.gui.Workstation;
import com.courtside.inference.video.CacheDirectory;
import com.courtside.resources.DemoMatch;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import java.nio.file.Path;
import java.util.prefs.Preferences;

import static com.courtside.e2e.gui.GuiDriver.fx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** File ▸ Open Demo Match opens the bundled demo with its ground truth (skipped in builds without the demo). */
@ExtendWith(ApplicationExtension.class)
class DemoMatchTest {

    private static final String PREFS = "courtside-e2e-demo";

    @TempDir
    static Path cache;

    private Workstation workstation;

    @org.junit.jupiter.api.AfterAll
    static void forgetRecentFiles() throws java.util.prefs.BackingStoreException {
        Preferences.userRoot().node(PREFS).removeNode();
    }

    @BeforeAll
    static void demoIsBundled() {
        assumeTrue(DemoMatch.isBundled(), "this build has no demo match");
    }

    @Start
    void start(Stage stage) {
        workstation = Workstation.create(stage, Preferences.userRoot().node(PREFS), new CacheDirectory(cache));
        stage.show();
        workstation.openDemo();
    }

    @Stop
    void stop() {
        workstation.close();
    }

    @Test
    void demoOpensOnFrameZeroWithGroundTruth() {
        GuiDriver gui = new GuiDriver(workstation);
        gui.untilShowing(0);
        assertThat(fx(() -> workstation.player().getFacts().path().getFileName().toString())).isEqualTo(DemoMatch.VIDEO);
        assertThat(fx(() -> workstation.player().labelLayerProperty().get())).isNotNull();
        assertThat(fx(() -> workstation.stage().getTitle())).isEqualTo("Courtside — " + DemoMatch.VIDEO);
    }
}
