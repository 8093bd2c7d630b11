package com.courtside.ui.main;

import com.courtside.ui.Styles;
import com.courtside.ui.player.ErrorReporter;
import javafx.scene.control.Alert;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Shows an error as a dialog over the main window: a title and the message written for the user. */
public final class AlertErrorReporter implements ErrorReporter {

    private final Window owner;

    public AlertErrorReporter(Window owner) {
        this.owner = owner;
    }

    @Override
    public void report(String title, String userMessage) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.initModality(Modality.WINDOW_MODAL);
        alert.setTitle("Courtside");
        alert.setHeaderText(title);
        alert.setContentText(userMessage);
        alert.getDialogPane().getStyleClass().add(Styles.ERROR_DIALOG);
        alert.getDialogPane().getStylesheets().add(Styles.stylesheet());
        alert.getDialogPane().setMinWidth(460);
        alert.show();
    }
}
