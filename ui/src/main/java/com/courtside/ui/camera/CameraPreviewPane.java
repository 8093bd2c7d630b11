package com.courtside.ui.camera;

import com.courtside.timeline.camera.Crop;
import com.courtside.ui.Styles;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;

import java.util.function.IntSupplier;

/**
 * The follow-cam preview: the crop of the frame on screen, shown from the very image the video view draws (an
 * {@link ImageView} viewport on it, no copy), so it plays live with the video and costs one more scaled draw.
 */
public final class CameraPreviewPane {

    private final StackPane root = new StackPane();
    private final ImageView view = new ImageView();
    private final Label empty = new Label("The follow-cam preview shows here once a video is analysed");
    private final ObservableValue<Image> image;
    private final ObservableObjectValue<Crop> crop;
    private final IntSupplier sourceWidth;

    /**
     * @param image       the image the video view shows (exact frame or proxy, at display size)
     * @param crop        the camera's crop of the frame on screen in source pixels, or null
     * @param sourceWidth the video's width in source pixels, to scale the crop to the image
     */
    public CameraPreviewPane(ObservableValue<Image> image, ObservableObjectValue<Crop> crop, IntSupplier sourceWidth,
                             double width, double height) {
        this.image = image;
        this.crop = crop;
        this.sourceWidth = sourceWidth;
        root.setId("camera-preview");
        root.getStyleClass().add(Styles.CAMERA_PREVIEW);
        root.setPrefSize(width, height);
        root.setMinSize(width, height);
        root.setMaxSize(width, height);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setFitWidth(width);
        view.setFitHeight(height);
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.SETTING_HINT);
        root.getChildren().addAll(view, empty);
        image.addListener(obs -> update());
        crop.addListener(obs -> update());
        update();
    }

    public StackPane root() {
        return root;
    }

    /** The part of the image the preview shows, in image pixels; null when it shows nothing. */
    public Rectangle2D viewport() {
        return view.getImage() == null ? null : view.getViewport();
    }

    private void update() {
        Image shown = image.getValue();
        Crop c = crop.get();
        int source = sourceWidth.getAsInt();
        boolean live = shown != null && c != null && source > 0;
        empty.setVisible(!live);
        if (!live) {
            view.setImage(null);
            return;
        }
        double k = shown.getWidth() / source;
        view.setViewport(new Rectangle2D(c.x() * k, c.y() * k, c.w() * k, c.h() * k));
        view.setImage(shown);
    }
}
