package com.courtside.e2e.gui;

import com.courtside.app.gui.Workstation;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Reads the workstation's state on the FX thread and waits for it, for the GUI tests. */
final class GuiDriver {

    static final int TIMEOUT_S = 20;

    private final Workstation workstation;

    GuiDriver(Workstation workstation) {
        this.workstation = workstation;
    }

    static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("reading the GUI failed", e);
        }
    }

    static void until(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> fx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what);
        }
    }

    int frame() {
        return fx(() -> workstation.player().getCurrentFrame());
    }

    int shownFrame() {
        return fx(() -> workstation.player().shownFrameProperty().get());
    }

    boolean playing() {
        return fx(() -> workstation.player().isPlaying());
    }

    double rate() {
        return fx(() -> workstation.player().getRate());
    }

    /** Waits until {@code frame} is on screen at full resolution. */
    void untilShowing(int frame) {
        until("frame " + frame + " is on screen", () -> workstation.player().shownFrameProperty().get() == frame
                && !workstation.player().shownIsProxyProperty().get());
    }

    /** A hash of the pixels on screen. */
    int pixelHash() {
        return fx(() -> {
            Image image = workstation.videoView().displayedImage();
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            int[] argb = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
            return Arrays.hashCode(argb);
        });
    }

    /** The open dialog whose header says {@code header}, if any. */
    static Optional<DialogPane> dialog(String header) {
        return fx(() -> Window.getWindows().stream()
                .filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot())
                .filter(r -> r != null)
                .flatMap(r -> r.lookupAll(".dialog-pane").stream())
                .filter(n -> n instanceof DialogPane)
                .map(n -> (DialogPane) n)
                .filter(d -> header.equals(d.getHeaderText()))
                .findFirst());
    }

    static void closeDialogs() {
        fx(() -> {
            for (Window w : Window.getWindows().toArray(new Window[0])) {
                Node root = w.getScene() == null ? null : w.getScene().getRoot();
                if (root != null && !root.lookupAll(".dialog-pane").isEmpty()) {
                    w.hide();
                }
            }
            return null;
        });
    }
}
