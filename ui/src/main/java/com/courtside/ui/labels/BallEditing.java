package com.courtside.ui.labels;

import com.courtside.ui.Styles;
import com.courtside.ui.player.PlayerViewModel;
import com.courtside.ui.video.VideoTransform;
import com.courtside.ui.video.VideoView;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;

/**
 * Setting the ball with the mouse: a click on the paused frame puts the ball there; pressing near the ball and
 * dragging moves it; while the button is down a magnifier shows the pixels around the pointer four times larger,
 * with a cross-hair on the point that will be taken. The edit is made on release, in video pixels.
 */
public final class BallEditing {

    private static final double RADIUS = 60;
    private static final double ZOOM = 4;
    private final VideoView video;
    private final PlayerViewModel player;
    private final LabelingViewModel labels;
    private final Pane layer = new Pane();
    private final ImageView lens = new ImageView();
    private final Group magnifier;
    private boolean pressed;

    public BallEditing(VideoView video, PlayerViewModel player, LabelingViewModel labels) {
        this.video = video;
        this.player = player;
        this.labels = labels;
        lens.setFitWidth(2 * RADIUS);
        lens.setFitHeight(2 * RADIUS);
        lens.setClip(new Circle(RADIUS, RADIUS, RADIUS));
        lens.setSmooth(false);
        Circle rim = new Circle(RADIUS, RADIUS, RADIUS, Color.TRANSPARENT);
        rim.setStroke(Color.web("#f5a524"));
        rim.setStrokeWidth(2);
        Line h = new Line(RADIUS - 10, RADIUS, RADIUS + 10, RADIUS);
        Line v = new Line(RADIUS, RADIUS - 10, RADIUS, RADIUS + 10);
        h.setStroke(Color.web("#f5a524"));
        v.setStroke(Color.web("#f5a524"));
        magnifier = new Group(lens, rim, h, v);
        magnifier.getStyleClass().add(Styles.MAGNIFIER);
        magnifier.setVisible(false);
        magnifier.setId("magnifier");
        layer.getChildren().add(magnifier);
        layer.setMouseTransparent(true);
        layer.setPickOnBounds(false);
        video.addEventHandler(MouseEvent.MOUSE_PRESSED, this::press);
        video.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        video.addEventHandler(MouseEvent.MOUSE_RELEASED, this::release);
    }

    /** The layer the magnifier is drawn in; stack it over the video view. */
    public Pane layer() {
        return layer;
    }

    private boolean usable(MouseEvent e) {
        // Shift+click belongs to the camera (a pin), not to the ball.
        return e.getButton() == MouseButton.PRIMARY && !e.isShiftDown() && labels.editableProperty().get()
                && video.displayedImage() != null && !video.transform().isEmpty();
    }

    private void press(MouseEvent e) {
        if (!usable(e)) {
            return;
        }
        if (player.playingProperty().get()) {
            player.pause();
            return;
        }
        pressed = true;
        showLens(e.getX(), e.getY());
        e.consume();
    }

    private void drag(MouseEvent e) {
        if (pressed) {
            showLens(e.getX(), e.getY());
            e.consume();
        }
    }

    private void release(MouseEvent e) {
        if (!pressed) {
            return;
        }
        pressed = false;
        magnifier.setVisible(false);
        VideoTransform t = video.transform();
        double x = t.videoX(e.getX());
        double y = t.videoY(e.getY());
        if (x >= 0 && y >= 0 && x < t.sourceWidth() && y < t.sourceHeight()) {
            labels.setBall(player.currentFrameProperty().get(), x, y);
        }
        e.consume();
    }

    private void showLens(double viewX, double viewY) {
        Image image = video.displayedImage();
        VideoTransform t = video.transform();
        double perVideoPixel = image.getWidth() / t.sourceWidth();
        double cx = t.videoX(viewX) * perVideoPixel;
        double cy = t.videoY(viewY) * perVideoPixel;
        // The lens shows RADIUS / ZOOM screen pixels' worth of picture around the pointer, whatever the image's size.
        double half = RADIUS / ZOOM / t.scale() * perVideoPixel;
        lens.setImage(image);
        lens.setViewport(new Rectangle2D(cx - half, cy - half, 2 * half, 2 * half));
        magnifier.relocate(viewX + 24, viewY - 2 * RADIUS - 24 < 0 ? viewY + 24 : viewY - 2 * RADIUS - 24);
        magnifier.setVisible(true);
    }
}
