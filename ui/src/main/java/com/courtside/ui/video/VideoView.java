package com.courtside.ui.video;

import com.courtside.inference.video.FrameImage;
import com.courtside.timeline.camera.Crop;
import com.courtside.ui.Styles;
import com.courtside.ui.overlay.LabelLayer;
import com.courtside.ui.overlay.OverlayPainter;
import com.courtside.ui.overlay.OverlayPalette;
import com.courtside.ui.overlay.PlayerMark;
import com.courtside.ui.overlay.PlayerPainter;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.util.Duration;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * The video: the current frame in an {@link ImageView} over a {@link FrameSurface}, centred and letterboxed as
 * the region resizes, and an overlay {@link Canvas} above it on which the label layers are painted for the frame
 * on screen: the ground truth, then a model's analysis over it in colours of its own. A placeholder invites the
 * user to open a video until the first frame arrives.
 */
public final class VideoView extends Region implements FrameDisplay {

    private final ImageView imageView = new ImageView();
    private final Canvas overlay = new Canvas();
    private final Label placeholder = new Label("Open a video with File ▸ Open…, or drop a video file here");
    private final OverlayPainter painter = new OverlayPainter(OverlayPalette.DEFAULT);
    private final OverlayPainter analysisPainter = new OverlayPainter(OverlayPalette.ANALYSIS);
    private final ObjectProperty<LabelLayer> layer = new SimpleObjectProperty<>(this, "layer");
    private final ObjectProperty<LabelLayer> analysisLayer = new SimpleObjectProperty<>(this, "analysisLayer");
    private final IntegerProperty overlayFrame = new SimpleIntegerProperty(this, "overlayFrame", -1);
    private final BooleanProperty overlayVisible = new SimpleBooleanProperty(this, "overlayVisible", true);
    private final BooleanProperty playback = new SimpleBooleanProperty(this, "playback");
    private final ObjectProperty<Crop> cameraCrop = new SimpleObjectProperty<>(this, "cameraCrop");
    private final ObjectProperty<List<PlayerMark>> players = new SimpleObjectProperty<>(this, "players", List.of());
    private FrameSurface exact;
    private FrameSurface proxy;
    private int videoWidth;
    private int videoHeight;
    private VideoTransform transform = VideoTransform.fit(0, 0, 0, 0, 0, 0);
    private int sourceWidth;
    private int sourceHeight;
    private SizeListener sizeListener;
    private int reportedWidth;
    private int reportedHeight;
    /** Waits for a window resize to settle before frames are decoded at the new size. */
    private final PauseTransition resizeSettle = new PauseTransition(Duration.millis(150));

    public VideoView() {
        getStyleClass().add(Styles.VIDEO_VIEW);
        placeholder.getStyleClass().add(Styles.VIDEO_PLACEHOLDER);
        imageView.setSmooth(true);
        imageView.setPreserveRatio(false);
        overlay.setMouseTransparent(true);
        getChildren().addAll(imageView, overlay, placeholder);
        layer.addListener(obs -> paintOverlay());
        analysisLayer.addListener(obs -> paintOverlay());
        overlayFrame.addListener(obs -> paintOverlay());
        overlayVisible.addListener(obs -> paintOverlay());
        cameraCrop.addListener(obs -> paintOverlay());
        players.addListener(obs -> paintOverlay());
        // Bilinear scaling of every frame is what costs most in the software pipeline; in motion the cheaper
        // filter is not visible, and a paused frame is drawn smooth again.
        playback.addListener((obs, was, now) -> imageView.setSmooth(!now));
        setMinSize(160, 90);
        resizeSettle.setOnFinished(e -> reportSize());
    }

    @Override
    public void prepare(int width, int height, int proxyWidth, int proxyHeight) {
        videoWidth = width;
        videoHeight = height;
        exact = exact != null && exact.fits(width, height) ? exact : new FrameSurface(width, height);
        sourceWidth = width;
        sourceHeight = height;
        proxy = proxy != null && proxy.fits(proxyWidth, proxyHeight) ? proxy : new FrameSurface(proxyWidth, proxyHeight);
        imageView.setImage(null);
        placeholder.setVisible(false);
        requestLayout();
    }

    @Override
    public int showExact(ToIntFunction<Consumer<FrameImage>> reader) {
        return show(exact, reader);
    }

    @Override
    public int showProxy(ToIntFunction<Consumer<FrameImage>> reader) {
        return show(proxy, reader);
    }

    private int show(FrameSurface surface, ToIntFunction<Consumer<FrameImage>> reader) {
        if (surface == null) {
            return -1;
        }
        int index = surface.fill(reader);
        if (index < 0 && surface == exact && fitsVideo(surface.offeredWidth(), surface.offeredHeight())) {
            // The decoder now scales to a new display size: follow it with a surface of that size.
            exact = new FrameSurface(surface.offeredWidth(), surface.offeredHeight());
            surface = exact;
            index = surface.fill(reader);
        }
        if (index >= 0 && imageView.getImage() != surface.image()) {
            imageView.setImage(surface.image());
        }
        return index;
    }

    private boolean fitsVideo(int w, int h) {
        return w > 0 && h > 0 && w <= sourceWidth && h <= sourceHeight
                && Math.abs((double) w / h - (double) sourceWidth / sourceHeight) < 0.05;
    }

    @Override
    public void setSizeListener(SizeListener listener) {
        sizeListener = listener;
        reportedWidth = 0;
        reportedHeight = 0;
        reportSize();
    }

    /** Tells the listener the picture's size in device pixels once the layout has settled on it. */
    private void reportSize() {
        double scale = getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getOutputScaleX() : 1;
        int w = (int) Math.round(transform.displayWidth() * scale);
        int h = (int) Math.round(transform.displayHeight() * scale);
        if (sizeListener == null || w < 2 || h < 2 || (w == reportedWidth && h == reportedHeight)) {
            return;
        }
        reportedWidth = w;
        reportedHeight = h;
        sizeListener.displaySizeChanged(w, h);
    }

    /** The image on screen, for tests that compare pixels; null before the first frame. */
    public Image displayedImage() {
        return imageView.getImage();
    }

    /** Where the video is drawn inside this view. */
    public VideoTransform transform() {
        return transform;
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double y = in.getTop();
        double w = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        double h = Math.max(0, getHeight() - in.getTop() - in.getBottom());
        placeholder.autosize();
        placeholder.relocate(snapPositionX(x + (w - placeholder.getWidth()) / 2),
                snapPositionY(y + (h - placeholder.getHeight()) / 2));
        transform = VideoTransform.fit(videoWidth, videoHeight, x, y, w, h);
        imageView.setFitWidth(snapSizeX(transform.displayWidth()));
        imageView.setFitHeight(snapSizeY(transform.displayHeight()));
        imageView.relocate(snapPositionX(transform.offsetX()), snapPositionY(transform.offsetY()));
        if (sizeListener != null) {
            resizeSettle.playFromStart();
        }
        // The canvas covers the picture only: a smaller surface to clear, redraw and blend on every frame.
        overlay.relocate(snapPositionX(transform.offsetX()), snapPositionY(transform.offsetY()));
        double canvasW = snapSizeX(transform.displayWidth());
        double canvasH = snapSizeY(transform.displayHeight());
        if (overlay.getWidth() != canvasW || overlay.getHeight() != canvasH) {
            overlay.setWidth(canvasW);
            overlay.setHeight(canvasH);
        }
        paintOverlay();
    }

    private void paintOverlay() {
        boolean visible = (overlayVisible.get() && (layer.get() != null || analysisLayer.get() != null
                || !players.get().isEmpty()) || cameraCrop.get() != null) && imageView.getImage() != null && overlay.getWidth() > 0;
        overlay.setVisible(visible);
        if (!visible) {
            return;
        }
        GraphicsContext g = overlay.getGraphicsContext2D();
        g.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        VideoTransform onCanvas = new VideoTransform(transform.scale(), 0, 0, videoWidth, videoHeight);
        if (overlayVisible.get()) {
            PlayerPainter.paint(g, onCanvas, players.get());
            painter.paint(g, onCanvas, layer.get(), overlayFrame.get());
            analysisPainter.paint(g, onCanvas, analysisLayer.get(), overlayFrame.get(), layer.get() == null ? 0 : 1);
        }
        Crop crop = cameraCrop.get();
        if (crop != null) {
            CropPainter.paint(g, onCanvas, crop);
        }
    }

    /** The virtual camera's crop of the frame on screen, in source pixels, drawn as a frame; null draws none. */
    public ObjectProperty<Crop> cameraCropProperty() {
        return cameraCrop;
    }

    /** The tracked people of the frame on screen, drawn with the labels; an empty list draws none. */
    public ObjectProperty<List<PlayerMark>> playersProperty() {
        return players;
    }

    /** The image on screen, changing as the view switches between the exact frame and the proxy. */
    public javafx.beans.property.ReadOnlyObjectProperty<Image> imageProperty() {
        return imageView.imageProperty();
    }

    /** The labels painted over the video. */
    public ObjectProperty<LabelLayer> layerProperty() {
        return layer;
    }

    /** A model's labels, painted over {@link #layerProperty()}; null when there is no analysis to show. */
    public ObjectProperty<LabelLayer> analysisLayerProperty() {
        return analysisLayer;
    }

    /** The frame whose labels are painted: bind it to the frame on screen. */
    public IntegerProperty overlayFrameProperty() {
        return overlayFrame;
    }

    /** True while the video plays: frames are then scaled with the cheaper filter. */
    public BooleanProperty playbackProperty() {
        return playback;
    }

    public BooleanProperty overlayVisibleProperty() {
        return overlayVisible;
    }
}
