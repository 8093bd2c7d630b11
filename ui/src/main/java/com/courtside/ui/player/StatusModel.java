package com.courtside.ui.player;

import com.courtside.timeline.Rational;
import com.courtside.timeline.VideoFacts;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Locale;

/** What the status bar and the window title say: the video, the proxy, and the latest message. */
public final class StatusModel {

    public static final String APP_NAME = "Courtside";

    private final StringProperty message = new SimpleStringProperty(this, "message", "Ready");
    private final StringProperty proxyStatus = new SimpleStringProperty(this, "proxyStatus", "");
    private final ReadOnlyStringWrapper videoSummary = new ReadOnlyStringWrapper(this, "videoSummary", "No video");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_NAME);

    void showVideo(VideoFacts facts) {
        String name = facts.path().getFileName().toString();
        title.set(APP_NAME + " — " + name);
        videoSummary.set(summary(facts));
        proxyStatus.set("");
    }

    /** "match.mp4 · 1920×1080 · 29.97 fps · h264". */
    static String summary(VideoFacts facts) {
        StringBuilder s = new StringBuilder(facts.path().getFileName().toString())
                .append(" · ").append(facts.width()).append('×').append(facts.height())
                .append(" · ").append(fpsText(facts.fps())).append(" fps");
        if (facts.codec() != null && !facts.codec().isBlank()) {
            s.append(" · ").append(facts.codec());
        }
        return s.toString();
    }

    static String fpsText(Rational fps) {
        if (fps.den() == 1) {
            return Long.toString(fps.num());
        }
        return String.format(Locale.ROOT, "%.2f", fps.toDouble()).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /**
     * Shows background progress on the video (the frame count confirmed by decoding, then the proxy build): a
     * short text in the proxy field, and the whole sentence as the message when it needs the user's attention.
     */
    public void proxyProgress(long done, long total, String message) {
        proxyStatus.set(proxyText(done, total, message));
        if (needsAttention(message)) {
            this.message.set(message);
        }
    }

    /** The short text of the status bar's proxy field for one progress report. */
    public static String proxyText(long done, long total, String message) {
        String text = message == null ? "" : message;
        String percent = total > 0 ? " " + Math.round(100.0 * done / total) + " %" : "";
        if (text.startsWith("Building")) {
            return "Proxy" + percent;
        }
        if (text.startsWith("Indexing") || text.startsWith("Reading")) {
            return "Checking frames" + percent;
        }
        if (text.startsWith("Indexed")) {
            return "Frames checked";
        }
        if (needsAttention(text)) {
            return "No proxy";
        }
        return text;
    }

    private static boolean needsAttention(String message) {
        return message != null && (message.startsWith("Proxy unavailable") || message.startsWith("Decoding found"));
    }

    public void setMessage(String text) {
        message.set(text);
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty proxyStatusProperty() {
        return proxyStatus;
    }

    public ReadOnlyStringProperty videoSummaryProperty() {
        return videoSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
