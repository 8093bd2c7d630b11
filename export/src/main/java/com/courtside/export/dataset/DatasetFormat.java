package com.courtside.export.dataset;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The training-data layouts Courtside writes; the wire name is what {@code export --format} and manifests use. */
public enum DatasetFormat {
    /** TTNet's OpenTTGames layout: ball and event JSON per video, optionally the frames around each event. */
    OPENTTGAMES("openttgames"),
    /** TrackNet's {@code Frame,Visibility,X,Y} CSV per video. */
    TRACKNET("tracknet"),
    /** COCO detection JSON per split over JPEG frames: ball and person boxes. */
    COCO("coco"),
    /** YOLO txt labels per frame, JPEG frames and {@code data.yaml}: ball and person boxes. */
    YOLO("yolo"),
    /** RallyCut's segment JSON per video. */
    RALLYCUT("rallycut"),
    /** 16-frame clips labelled NO_PLAY, PLAY or SERVICE for a VideoMAE game-state model. */
    GAME_STATE("game-state");

    private final String wireName;

    DatasetFormat(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether the export decodes the videos (it writes frames) rather than the labels alone. */
    public boolean writesFrames(DatasetOptions options) {
        return switch (this) {
            case COCO, YOLO, GAME_STATE -> true;
            case OPENTTGAMES -> options.withFrames();
            case TRACKNET, RALLYCUT -> false;
        };
    }

    /** The format of a wire name, case ignored; an unknown name is refused with the known ones listed. */
    public static DatasetFormat fromWire(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        for (DatasetFormat format : values()) {
            if (format.wireName.equals(key)) {
                return format;
            }
        }
        throw new IllegalArgumentException("Unknown dataset format '" + name + "'; Courtside writes: " + names() + ".");
    }

    /** The wire names, comma-separated, for help texts and messages. */
    public static String names() {
        return Arrays.stream(values()).map(DatasetFormat::wireName).collect(Collectors.joining(", "));
    }
}
