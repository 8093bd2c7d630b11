package com.courtside.timeline.rally;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static com.courtside.timeline.rally.Series.format;
import static com.courtside.timeline.rally.Series.normalised;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RallyPostProcessorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0.1 0.9 0.1 0.1 0.1         | 3 | 0.1 0.1 0.1 0.1 0.1",
            "0.9 0.9 0.1 0.9 0.9         | 3 | 0.9 0.9 0.9 0.9 0.9",
            "0.2 0.8 0.8 0.2             | 1 | 0.2 0.8 0.8 0.2",
            "0.9 0.1 0.1 0.5 0.5         | 3 | 0.9 0.1 0.1 0.5 0.5",
            "0.9 0.9 0.1 0.1 0.9 0.1 0.9 | 5 | 0.9 0.9 0.9 0.1 0.1 0.9 0.9"})
    void medianSmoothingRemovesLoneWindowsAndRepeatsTheEdges(String input, int width, String expected) {
        assertThat(RallyPostProcessor.smooth(Series.values(input), width)).containsExactly(Series.values(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0.1 0.5 0.9 0.4 0.6 | 0.5 | 1-2 4-4",
            "0.1 0.2             | 0.5 | ''",
            "0.9 0.9 0.9         | 0.5 | 0-2",
            "0.6 0.7 0.2 0.8     | 0.7 | 1-1 3-3"})
    void windowsAtOrAboveThePlayThresholdFormRuns(String p, double threshold, String expected) {
        var runs = RallyPostProcessor.segments(RallyPostProcessor.threshold(Series.values(p), threshold));
        assertThat(format(runs)).isEqualTo(normalised(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0.1 0.4 0.9 0.9 0.36 0.2 | 2-3     | 1-4",
            "0.4 0.4 0.9 0.3 0.9      | 2-2 4-4 | 0-2 4-4",
            "0.9 0.4 0.9              | 0-0 2-2 | 0-2",
            "0.35 0.9                 | 1-1     | 1-1",
            "0.5 0.5 0.9 0.5          | 2-2     | 0-3"})
    void runsGrowWhileNeighboursStayAboveTheExtensionThreshold(String p, String runs, String expected) {
        var grown = RallyPostProcessor.extend(Series.runs(runs), Series.values(p), 0.35);
        assertThat(format(grown)).isEqualTo(expected);
    }

    /** Windows every 48 frames, 16 long: one NO_PLAY window spans 15 frames, two span 63. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0-2 4-6     | 60 | 0-6",
            "0-2 5-6     | 60 | 0-2 5-6",
            "0-2 5-6     | 64 | 0-6",
            "0-2 4-6     | 0  | 0-2 4-6",
            "0-0 2-2 4-4 | 60 | 0-4",
            "0-0 2-2 7-9 | 60 | 0-2 7-9"})
    void shortNoPlayStretchesDoNotEndARally(String runs, int continuationFrames, String expected) {
        var joined = RallyPostProcessor.continueRallies(Series.runs(runs), Series.starts(10), Series.ends(10),
                continuationFrames);
        assertThat(format(joined)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1 0 0 1 0 1 1 1 | 0-4 5-7 | 0.5  | 5-7",
            "1 0 0 1 0 1 1 1 | 0-4 5-7 | 0.4  | 0-4 5-7",
            "1 0 0 1 0 1 1 1 | 0-4 5-7 | 0    | 0-4 5-7",
            "0 0 0           | 0-2     | 0.25 | ''"})
    void sparseRunsAreDropped(String active, String runs, double minDensity, String expected) {
        var kept = RallyPostProcessor.filterDensity(Series.runs(runs), Series.flags(active), minDensity);
        assertThat(format(kept)).isEqualTo(normalised(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0-2 5-5 | 0-127 224-271",
            "3-3     | 128-175",
            "8-9     | 368-447"})
    void aRunCoversTheStrideItsWindowsStandFor(String runs, String expected) {
        assertThat(format(RallyPostProcessor.toFrames(Series.runs(runs), Series.starts(10), Series.ends(10))))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0-29 100-159 | 30 | 0-29 100-159",
            "0-29 100-159 | 31 | 100-159",
            "0-29 100-159 | 0  | 0-29 100-159",
            "0-29 100-159 | 61 | ''"})
    void ralliesShorterThanTheMinimumPlayAreDropped(String rallies, int minFrames, String expected) {
        assertThat(format(RallyPostProcessor.dropShort(Series.rallies(rallies), minFrames)))
                .isEqualTo(normalised(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0-99 130-199 400-499 | 30  | 0-99 130-199 400-499",
            "0-99 130-199 400-499 | 31  | 0-199 400-499",
            "0-99 130-199 400-499 | 300 | 0-499",
            "0-99 50-120          | 0   | 0-120"})
    void ralliesCloserThanTheMinimumGapAreMerged(String rallies, int minGapFrames, String expected) {
        assertThat(format(RallyPostProcessor.mergeClose(Series.rallies(rallies), minGapFrames))).isEqualTo(expected);
    }

    /** 30 fps, stride 48 (1.6 s), windows 16 frames; indoor: continuation 2 s, min play 1 s, min gap 5 s. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "indoor_volleyball | clean rally                  | 0.05x2 0.9x5 0.05x23                  | 80-319",
            "indoor_volleyball | one NO_PLAY window bridged   | 0.05x2 0.9x3 0.1 0.9x3 0.05x21        | 80-415",
            "indoor_volleyball | long gap: two rallies        | 0.05x2 0.9x3 0.05x8 0.9x3 0.05x14     | 80-223 608-751",
            "indoor_volleyball | edges extended               | 0.05 0.4 0.9x3 0.38 0.2 0.05x23       | 32-271",
            "indoor_volleyball | lone window: one stride long | 0.05x5 0.9 0.05x24                    | 224-271",
            "indoor_volleyball | plateau too sparse           | 0.05x2 0.9 0.4x6 0.05x21              | ''",
            "indoor_volleyball | 4.3 s gap merged             | 0.05x2 0.9x3 0.05x2 0.9x3 0.05x20     | 80-463",
            "beach_volleyball  | 4.3 s gap kept (3 s minimum) | 0.05x2 0.9x3 0.05x2 0.9x3 0.05x20     | 80-223 320-463"})
    void windowProbabilitiesBecomeRallies(String preset, String what, String p, String expected) {
        var rallies = RallyPostProcessor.rallies(Series.gameState(p), RallyPreset.fromWire(preset).settings());
        assertThat(format(rallies)).isEqualTo(normalised(expected));
    }

    @Test
    void eachRallyCarriesTheMeanPlayProbabilityOfItsWindows() {
        List<ScoredRally> scored = RallyPostProcessor.detect(Series.gameState("0.05x2 0.9 0.7 0.8 0.05x25"),
                RallyPreset.INDOOR_VOLLEYBALL.settings());
        assertThat(scored).hasSize(1);
        assertThat(scored.get(0).confidence()).isCloseTo(0.8, within(1e-6));
    }

    @Test
    void smoothingFromSettingsRemovesALoneNoPlayWindowBeforeSegmentation() {
        RallySettings noContinuation = new RallySettings(4.8, 0.5, 0.5, 0, 0, 0, 0, 0.1, 0.8, 0.8);
        var series = Series.gameState("0.05x2 0.9x2 0.1 0.9x2 0.05x3");
        assertThat(format(RallyPostProcessor.rallies(series, noContinuation))).isEqualTo("80-319");
        RallySettings unsmoothed = new RallySettings(0, 0.5, 0.5, 0, 0, 0, 0, 0.1, 0.8, 0.8);
        assertThat(format(RallyPostProcessor.rallies(series, unsmoothed))).isEqualTo("80-175 224-319");
    }
}
