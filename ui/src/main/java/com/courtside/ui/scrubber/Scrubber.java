package com.courtside.ui.scrubber;

import com.courtside.timeline.Rally;
import com.courtside.ui.Styles;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * The whole video as a bar: a time ruler, the rallies of the loaded label layer as bands, and the playhead.
 * Clicking or dragging asks {@link #onSeekProperty() onSeek} for the frame under the mouse; the control never
 * moves its own playhead, the owner binds {@link #frameProperty()} to where the player is.
 */
public final class Scrubber extends Control {

    private final IntegerProperty frameCount = new SimpleIntegerProperty(this, "frameCount");
    private final IntegerProperty frame = new SimpleIntegerProperty(this, "frame");
    private final DoubleProperty framesPerSecond = new SimpleDoubleProperty(this, "framesPerSecond", 30);
    private final ObjectProperty<List<Rally>> rallies = new SimpleObjectProperty<>(this, "rallies", List.of());
    private final ObjectProperty<IntConsumer> onSeek = new SimpleObjectProperty<>(this, "onSeek");
    private final ReadOnlyBooleanWrapper scrubbing = new ReadOnlyBooleanWrapper(this, "scrubbing");
    private final IntegerProperty viewStart = new SimpleIntegerProperty(this, "viewStart", -1);
    private final IntegerProperty viewEnd = new SimpleIntegerProperty(this, "viewEnd", -1);

    public Scrubber() {
        getStyleClass().add(Styles.SCRUBBER);
        setFocusTraversable(false);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ScrubberSkin(this);
    }

    /** Called by the skin when the user picks a frame. */
    void seek(int target) {
        IntConsumer handler = onSeek.get();
        if (handler != null) {
            handler.accept(target);
        }
    }

    int getFrameCountValue() {
        return frameCount.get();
    }

    void setScrubbing(boolean value) {
        scrubbing.set(value);
    }

    public IntegerProperty frameCountProperty() {
        return frameCount;
    }

    public IntegerProperty frameProperty() {
        return frame;
    }

    /** Used for the ruler's labels only. */
    public DoubleProperty framesPerSecondProperty() {
        return framesPerSecond;
    }

    public ObjectProperty<List<Rally>> ralliesProperty() {
        return rallies;
    }

    /** The first frame a zoomed timeline shows, marked on the scrubber as a minimap; -1 for none. */
    public IntegerProperty viewStartProperty() {
        return viewStart;
    }

    /** The last frame a zoomed timeline shows; -1 for none. */
    public IntegerProperty viewEndProperty() {
        return viewEnd;
    }

    public ObjectProperty<IntConsumer> onSeekProperty() {
        return onSeek;
    }

    /** True while the mouse is held down on the scrubber. */
    public ReadOnlyBooleanProperty scrubbingProperty() {
        return scrubbing.getReadOnlyProperty();
    }
}
