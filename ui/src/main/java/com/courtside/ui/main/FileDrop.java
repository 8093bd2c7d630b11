package com.courtside.ui.main;

import com.courtside.ui.Styles;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

import java.io.File;
import java.util.function.Consumer;
import java.nio.file.Path;

/** Opens a video dropped onto the window; the window is highlighted while a file hovers over it. */
public final class FileDrop {

    private FileDrop() {
    }

    public static void install(Node target, Consumer<Path> open) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_ENTERED, e -> {
            if (e.getDragboard().hasFiles() && !target.getStyleClass().contains(Styles.DROP_TARGET)) {
                target.getStyleClass().add(Styles.DROP_TARGET);
            }
        });
        target.addEventHandler(DragEvent.DRAG_EXITED, e -> target.getStyleClass().remove(Styles.DROP_TARGET));
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            Dragboard board = e.getDragboard();
            boolean done = false;
            if (board.hasFiles() && !board.getFiles().isEmpty()) {
                File first = board.getFiles().get(0);
                open.accept(first.toPath());
                done = true;
            }
            target.getStyleClass().remove(Styles.DROP_TARGET);
            e.setDropCompleted(done);
            e.consume();
        });
    }
}
