package com.courtside.labeling.edit;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Pins of the virtual camera: the labeller fixes the crop at a frame, moves or removes a pin. */
final class CameraEdits {

    /** As {@code CameraPin.MAX_ZOOM}: a twentieth of the widest shot. */
    static final float MAX_ZOOM = 20;

    private final LabelEdits edits;

    CameraEdits(LabelEdits edits) {
        this.edits = edits;
    }

    /**
     * Pins the camera at {@code frame} (replacing a pin there): crop centre in source pixels and zoom (1 is the
     * widest crop of the camera's aspect, 2 half as wide).
     */
    Edit pin(int frame, float centreX, float centreY, float zoom) throws SQLException {
        if (!(zoom >= 1 && zoom <= MAX_ZOOM) || !Float.isFinite(centreX) || !Float.isFinite(centreY)) {
            throw new IllegalArgumentException("a camera pin needs a centre and a zoom from 1 to " + MAX_ZOOM
                    + ", got " + centreX + ", " + centreY + ", " + zoom);
        }
        boolean moved = removeAt(frame);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("video_id", edits.videoId());
        row.put("frame", frame);
        row.put("centre_x", (double) centreX);
        row.put("centre_y", (double) centreY);
        row.put("zoom", (double) zoom);
        row.put("author", edits.author());
        row.put("edited_at", edits.now());
        edits.change(RowChange.insert(HumanTable.CAMERA_PIN, row));
        return edits.finish(String.format(Locale.ROOT, "%s the camera at frame %d", moved ? "Re-pin" : "Pin", frame));
    }

    Edit unpin(int frame) throws SQLException {
        if (!removeAt(frame)) {
            return edits.finish("No camera pin at frame " + frame);
        }
        return edits.finish("Remove the camera pin at frame " + frame);
    }

    private boolean removeAt(int frame) throws SQLException {
        var old = Rows.fetch(edits.connection(), HumanTable.CAMERA_PIN, edits.videoId(), frame);
        old.ifPresent(row -> edits.change(RowChange.delete(HumanTable.CAMERA_PIN, row)));
        return old.isPresent();
    }
}
