package com.courtside.ui.camera;

import com.courtside.ui.video.VideoTransform;
import com.courtside.ui.video.VideoView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import java.util.function.BiConsumer;

/** Shift+click on the video: pin the follow-cam there, centred on the point, at the zoom it has now. */
public final class CameraEditing {

    /** @param onPinAt told the point in source pixels */
    public static void install(VideoView video, BiConsumer<Double, Double> onPinAt) {
        video.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || !e.isShiftDown() || video.displayedImage() == null) {
                return;
            }
            VideoTransform t = video.transform();
            double x = t.videoX(e.getX());
            double y = t.videoY(e.getY());
            if (x >= 0 && y >= 0 && x < t.sourceWidth() && y < t.sourceHeight()) {
                onPinAt.accept(x, y);
                e.consume();
            }
        });
    }

    private CameraEditing() {
    }
}
