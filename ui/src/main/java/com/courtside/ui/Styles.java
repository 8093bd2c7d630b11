package com.courtside.ui;

import java.net.URL;

/**
 * The style-class names the views put on their nodes, so Java and {@code courtside.css} agree on one spelling.
 * Colours and sizes live in the stylesheet only.
 */
public final class Styles {

    /** Class-path location of the stylesheet (packed by the resources module from {@code resources/styles}). */
    public static final String STYLESHEET = "/courtside/styles/courtside.css";

    public static final String ROOT = "courtside";

    public static final String VIDEO_VIEW = "video-view";
    public static final String VIDEO_PLACEHOLDER = "video-placeholder";
    public static final String DROP_TARGET = "drop-target";

    public static final String TRANSPORT_BAR = "transport-bar";
    public static final String TRANSPORT_GROUP = "transport-group";
    public static final String TRANSPORT_BUTTON = "transport-button";
    public static final String PLAY_BUTTON = "play-button";
    public static final String ICON = "icon";
    public static final String ICON_PLAY = "icon-play";
    public static final String ICON_PAUSE = "icon-pause";
    public static final String ICON_STEP_BACK = "icon-step-back";
    public static final String ICON_STEP_FORWARD = "icon-step-forward";
    public static final String ICON_FIRST = "icon-first";
    public static final String ICON_LAST = "icon-last";
    public static final String ICON_OVERLAY = "icon-overlay";
    public static final String SPEED_BOX = "speed-box";
    public static final String TOOL_CAPTION = "tool-caption";
    public static final String OVERLAY_TOGGLE = "overlay-toggle";
    public static final String SHUTTLE_INDICATOR = "shuttle-indicator";

    public static final String FRAME_DISPLAY = "frame-display";
    public static final String FRAME_NUMBER = "frame-number";
    public static final String TIMECODE = "timecode";
    public static final String DURATION = "duration";
    public static final String DISPLAY_CAPTION = "display-caption";

    public static final String STATUS_BAR = "status-bar";
    public static final String STATUS_MESSAGE = "status-message";
    public static final String STATUS_FIELD = "status-field";
    public static final String STATUS_WARNING = "status-warning";
    public static final String STATUS_PROGRESS = "status-progress";
    public static final String STATUS_SEPARATOR = "status-separator";

    public static final String SCRUBBER = "scrubber";
    public static final String SCRUBBER_VIEW = "scrubber-view";
    public static final String TIMELINE = "timeline";
    public static final String RALLY_PANEL = "rally-panel";
    public static final String COACH_PANEL = "coach-panel";
    public static final String SETTING_HINT = "setting-hint";
    public static final String SHOOTER_BAR = "shooter-bar";
    public static final String SHOOTER_TRACK = "shooter-track";
    public static final String SHOOTER_ROW = "shooter-row";
    public static final String CAMERA_PREVIEW = "camera-preview";
    public static final String SETTINGS_CONTENT = "settings-content";
    public static final String SIDE_TABS = "side-tabs";
    public static final String SCRUBBER_RULER = "scrubber-ruler";
    public static final String SCRUBBER_TICKS = "scrubber-ticks";
    public static final String SCRUBBER_TICK_LABEL = "scrubber-tick-label";
    public static final String SCRUBBER_TRACK = "scrubber-track";
    public static final String SCRUBBER_RALLY = "scrubber-rally";
    public static final String SCRUBBER_PLAYED = "scrubber-played";
    public static final String SCRUBBER_PLAYHEAD = "scrubber-playhead";
    public static final String SCRUBBER_KNOB = "scrubber-knob";

    public static final String STATUS_CHIP = "status-chip";

    public static final String LABEL_PANEL = "label-panel";
    public static final String LABEL_PANEL_TITLE = "label-panel-title";
    public static final String LABEL_PANEL_LINE = "label-panel-line";
    public static final String MAGNIFIER = "magnifier";
    public static final String ANALYSIS_PANEL = "analysis-panel";
    public static final String ANALYSIS_ROW = "analysis-row";
    public static final String ANALYSIS_TITLE = "analysis-title";
    public static final String ANALYSIS_PROGRESS = "analysis-progress";
    public static final String ANALYSIS_PERCENT = "analysis-percent";
    public static final String ANALYSIS_DETAIL = "analysis-detail";
    public static final String ANALYSIS_ERROR = "analysis-error";
    public static final String ANALYSIS_BUTTON = "analysis-button";
    public static final String ANALYZE_BUTTON = "analyze-button";
    public static final String ICON_ANALYZE = "icon-analyze";
    public static final String ICON_WARNING = "icon-warning";

    public static final String ERROR_DIALOG = "error-dialog";

    private Styles() {
    }

    /** The stylesheet's URL for {@code Scene.getStylesheets()}. */
    public static String stylesheet() {
        URL url = Styles.class.getResource(STYLESHEET);
        if (url == null) {
            throw new IllegalStateException("the stylesheet " + STYLESHEET + " is missing from the program");
        }
        return url.toExternalForm();
    }
}
