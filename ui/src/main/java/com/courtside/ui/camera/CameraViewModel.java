package com.courtside.ui.camera;

import com.courtside.inference.camera.CameraPreview;
import com.courtside.labeling.store.CameraPins;
import com.courtside.timeline.BallTrack;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.camera.CameraPin;
import com.courtside.timeline.camera.CameraSettings;
import com.courtside.timeline.camera.Crop;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.List;

/**
 * The follow-cam of the open video: its settings, whether it is shown, and its crop of the frame on screen. The path
 * is the camera's pure function of the labels' ball track, events and pins; a {@link CameraPreview} answers a frame
 * from its nearest saved state, so scrubbing and playback cost a few dozen camera steps a frame, and a settings
 * change is seen at once. A label edit keeps the states saved before the first frame whose ball changed. FX thread
 * only; holds no controls.
 */
public final class CameraViewModel {

    private final ObjectProperty<CameraSettings> settings = new SimpleObjectProperty<>(this, "settings",
            CameraSettings.DEFAULT);
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);
    private final ReadOnlyObjectWrapper<Crop> crop = new ReadOnlyObjectWrapper<>(this, "crop");
    private final ReadOnlyObjectWrapper<List<CameraPin>> pins = new ReadOnlyObjectWrapper<>(this, "pins", List.of());
    private Input input;
    private CameraPreview preview;
    private int frame = -1;

    /** What the path is computed from. */
    private record Input(BallTrack ball, List<MatchEvent> events, List<CameraPin> pins, double fps, int width,
                         int height) {
    }

    public CameraViewModel() {
        settings.addListener(obs -> rebuild());
        shown.addListener(obs -> update());
    }

    /**
     * New labels: the ball, events and pins the camera follows, over a video of {@code width × height} at
     * {@code fps}; a null ball (no video, no labels) turns the camera off.
     */
    public void setLabels(BallTrack ball, List<MatchEvent> events, List<CameraPins.Pin> stored, double fps,
                          int width, int height) {
        Input before = input;
        if (ball == null || width <= 0 || height <= 0) {
            input = null;
            pins.set(List.of());
        } else {
            List<CameraPin> kept = stored.stream().map(p -> new CameraPin(p.frame(), p.centreX(), p.centreY(),
                    Math.max(1, Math.min(CameraPin.MAX_ZOOM, p.zoom())))).sorted().toList();
            input = new Input(ball, events, kept, fps, width, height);
            pins.set(kept);
        }
        if (input != null && before != null && preview != null && before.ball().frameCount() == ball.frameCount()
                && preview.sameCamera(settings.get(), fps, width, height)) {
            // An edit: the camera's saved states before the first changed ball stay good.
            preview = new CameraPreview(preview, ball, events, input.pins(), firstDifference(before.ball(), ball));
            update();
        } else {
            rebuild();
        }
    }

    /** The first frame where the two tracks' balls differ as the camera sees them; the length where none does. */
    static int firstDifference(BallTrack a, BallTrack b) {
        int n = Math.min(a.frameCount(), b.frameCount());
        for (int f = 0; f < n; f++) {
            if (a.visibility(f) != b.visibility(f) || Float.compare(a.x(f), b.x(f)) != 0
                    || Float.compare(a.y(f), b.y(f)) != 0) {
                return f;
            }
        }
        return n;
    }

    /** The frame on screen. */
    public void setFrame(int frame) {
        this.frame = frame;
        update();
    }

    private void rebuild() {
        Input in = input;
        preview = in == null ? null : new CameraPreview(in.ball(), in.events(), settings.get(), in.pins(), in.fps(),
                in.width(), in.height());
        update();
    }

    private void update() {
        CameraPreview p = preview;
        if (p == null || !shown.get() || frame < 0 || frame >= input.ball().frameCount()) {
            crop.set(null);
            return;
        }
        crop.set(p.crop(frame));
    }

    public ObjectProperty<CameraSettings> settingsProperty() {
        return settings;
    }

    public BooleanProperty shownProperty() {
        return shown;
    }

    /** The crop of the frame on screen in source pixels; null while there is none to show. */
    public ReadOnlyObjectProperty<Crop> cropProperty() {
        return crop.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<CameraPin>> pinsProperty() {
        return pins.getReadOnlyProperty();
    }

    /** The zoom of the crop on screen (1 the widest shot), for a pin made from it. */
    public double zoomOf(Crop c) {
        Input in = input;
        if (in == null || c == null) {
            return 1;
        }
        double widest = settings.get().aspect().widestCropWidth(in.width(), in.height());
        return Math.max(1, Math.min(CameraPin.MAX_ZOOM, widest / c.w()));
    }

    /** The pin at {@code frame}, or null. */
    public CameraPin pinAt(int frame) {
        return pins.get().stream().filter(p -> p.frame() == frame).findFirst().orElse(null);
    }
}
