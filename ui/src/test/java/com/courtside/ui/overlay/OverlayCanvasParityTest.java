package com.courtside.ui.overlay;

import com.courtside.timeline.LabelSet;
import com.courtside.ui.video.VideoTransform;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The burnt-in overlay asks the canvas for exactly the marks the window asks for. */
class OverlayCanvasParityTest {

    private final LabelSet labels = TestLabels.labels();

    @ParameterizedTest
    @ValueSource(ints = {0, 12, 20, 27, 36, 50, 89})
    void burnInDrawsTheMarksTheWindowDraws(int frame) {
        VideoTransform view = VideoTransform.identity(TestLabels.WIDTH, TestLabels.HEIGHT);
        RecordingCanvas window = new RecordingCanvas();
        new OverlayPainter(OverlayPalette.DEFAULT).paint(window, view, OverlayArea.of(view),
                new LabelLayer("Labels", labels), frame, 0);
        RecordingCanvas burnt = new RecordingCanvas();
        new BurnIn(labels, null, Map.of()).paint(burnt, frame, view, OverlayArea.picture(TestLabels.WIDTH,
                TestLabels.HEIGHT));

        List<String> windowMarks = window.calls.subList(0, window.calls.indexOf("setFont(" + new OverlayFont(12, true)
                + ")"));
        assertThat(windowMarks).as("the window draws marks at frame %d", frame).hasSizeGreaterThanOrEqualTo(8);
        assertThat(burnt.calls.subList(0, windowMarks.size())).isEqualTo(windowMarks);
        assertThat(burnt.calls.subList(windowMarks.size(), burnt.calls.size())).noneMatch(c -> c.startsWith("stroke"));
    }
}
