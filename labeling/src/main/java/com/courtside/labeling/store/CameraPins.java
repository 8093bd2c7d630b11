package com.courtside.labeling.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** The camera pins of a video, as labellers set them (table {@code human_camera_pin}). */
public final class CameraPins {

    /** A pin: the crop centre in source pixels and its zoom (1 the widest crop of the aspect, 2 half as wide). */
    public record Pin(int frame, float centreX, float centreY, float zoom, String author) {
    }

    private final Project project;

    public CameraPins(Project project) {
        this.project = project;
    }

    /** Every pin of the video, by frame. */
    public List<Pin> of(long videoId) {
        return project.read("Reading the camera pins", c -> {
            List<Pin> pins = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT frame, centre_x, centre_y, zoom, author "
                    + "FROM human_camera_pin WHERE video_id = ? ORDER BY frame")) {
                s.setLong(1, videoId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        pins.add(new Pin(rs.getInt(1), rs.getFloat(2), rs.getFloat(3), rs.getFloat(4),
                                rs.getString(5)));
                    }
                }
            }
            return pins;
        });
    }
}
