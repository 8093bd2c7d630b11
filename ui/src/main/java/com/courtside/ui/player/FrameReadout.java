package com.courtside.ui.player;

import com.courtside.timeline.Timecode;
import com.courtside.timeline.VideoFacts;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.ObservableObjectValue;

/** The frame number and timecode of the playhead, as the transport bar shows them. */
public final class FrameReadout {

    private final ObservableIntegerValue frame;
    private final ObservableObjectValue<VideoFacts> facts;
    private final ReadOnlyStringWrapper frameText = new ReadOnlyStringWrapper(this, "frameText", "—");
    private final ReadOnlyStringWrapper timecode = new ReadOnlyStringWrapper(this, "timecode", "--:--:--:--");
    private final ReadOnlyStringWrapper duration = new ReadOnlyStringWrapper(this, "duration", "");

    public FrameReadout(ObservableIntegerValue frame, ObservableObjectValue<VideoFacts> facts) {
        this.frame = frame;
        this.facts = facts;
        frame.addListener(obs -> update());
        facts.addListener(obs -> update());
        update();
    }

    private void update() {
        VideoFacts f = facts.get();
        if (f == null) {
            return;
        }
        int index = frame.get();
        int digits = Math.max(4, Integer.toString(Math.max(0, f.frameCount() - 1)).length());
        frameText.set(String.format("%0" + digits + "d", index));
        timecode.set(Timecode.format(index, f.fps()));
        duration.set("/ " + Timecode.format(Math.max(0, f.frameCount() - 1), f.fps()));
    }

    /** The 0-based frame index, zero-padded so the display does not jitter. */
    public ReadOnlyStringProperty frameTextProperty() {
        return frameText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timecodeProperty() {
        return timecode.getReadOnlyProperty();
    }

    /** The timecode of the last frame, "/ 00:01:00:00". */
    public ReadOnlyStringProperty durationProperty() {
        return duration.getReadOnlyProperty();
    }
}
