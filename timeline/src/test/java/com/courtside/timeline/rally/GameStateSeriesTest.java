package com.courtside.timeline.rally;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class GameStateSeriesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"no_play|NO_PLAY", "NO-PLAY|NO_PLAY", "No Play|NO_PLAY", "play|PLAY",
            "' SERVICE '|SERVICE", "Service|SERVICE"})
    void labelsParseWhateverTheirCaseAndSeparator(String label, GameState expected) {
        assertThat(GameState.parse(label)).isEqualTo(expected);
    }

    @Test
    void anUnknownLabelIsRefusedByName() {
        assertThatThrownBy(() -> GameState.parse("rally")).hasMessageContaining("'rally'").hasMessageContaining("no_play");
    }

    @Test
    void logitsBecomeSoftmaxProbabilitiesInTheModelsClassOrder() {
        var series = GameStateSeries.fromLogits(30, 100, 48, new int[] {0, 48},
                List.of(GameState.PLAY, GameState.NO_PLAY, GameState.SERVICE),
                new float[][] {{(float) Math.log(2), 0, 0}, {1000, 0, -1000}});
        assertThat(series.probability(0, GameState.PLAY)).isCloseTo(0.5f, within(1e-6f));
        assertThat(series.probability(0, GameState.NO_PLAY)).isCloseTo(0.25f, within(1e-6f));
        assertThat(series.activeProbability(0)).isCloseTo(0.75, within(1e-6));
        assertThat(series.probability(1, GameState.PLAY)).isEqualTo(1f);
    }

    @Test
    void aTwoClassModelHasNoServiceProbability() {
        var series = GameStateSeries.fromLogits(30, 100, 48, new int[] {0},
                List.of(GameState.NO_PLAY, GameState.PLAY), new float[][] {{0, 2}});
        assertThat(series.probability(0, GameState.SERVICE)).isZero();
        assertThat(series.probability(0, GameState.PLAY)).isCloseTo((float) (Math.exp(2) / (1 + Math.exp(2))), within(1e-6f));
    }

    @Test
    void logitsOfTheWrongWidthAreRefused() {
        assertThatThrownBy(() -> GameStateSeries.fromLogits(30, 100, 48, new int[] {0},
                List.of(GameState.NO_PLAY, GameState.PLAY), new float[][] {{0, 1, 2}}))
                .hasMessageContaining("3 values for 2 classes");
    }

    @ParameterizedTest
    @CsvSource({"30, 48, 1", "25, 40, 1", "24, 38, 1", "50, 80, 2", "60, 96, 2", "59.94, 96, 2", "120, 192, 4"})
    void strideKeepsOnePointSixSecondsAndTheModelSeesAbout30Fps(double fps, int stride, int subsample) {
        assertThat(GameStateSeries.strideFor(fps)).isEqualTo(stride);
        assertThat(GameStateSeries.subsampleFor(fps)).isEqualTo(subsample);
    }

    @Test
    void windowsFitInsideTheVideoAndSpanSixteenModelFrames() {
        assertThat(GameStateSeries.windowStarts(200, 30)).containsExactly(0, 48, 96, 144);
        assertThat(GameStateSeries.windowStarts(15, 30)).isEmpty();
        float[] p = {0.5f};
        var at60 = new GameStateSeries(60, 1000, 96, new int[] {96}, p, p, new float[] {0});
        assertThat(at60.windowEnd(0)).isEqualTo(96 + 30);
    }

    @Test
    void theCurveIsLinearBetweenWindowCentresAndFlatOutside() {
        var series = new GameStateSeries(30, 96, 48, new int[] {0, 48}, new float[] {0.8f, 0.2f},
                new float[] {0.2f, 0.8f}, new float[] {0, 0});
        float[] curve = series.playCurve();
        assertThat(curve).hasSize(96);
        assertThat(curve[0]).isCloseTo(0.2f, within(1e-6f));
        assertThat(curve[7]).isCloseTo(0.2f, within(1e-6f));
        assertThat(curve[31]).isCloseTo(0.2f + 0.6f * 23.5f / 48, within(1e-5f));
        assertThat(curve[95]).isCloseTo(0.8f, within(1e-6f));
    }

    @Test
    void windowsThatDoNotAdvanceAreRefused() {
        float[] p = {0.5f, 0.5f};
        assertThatThrownBy(() -> new GameStateSeries(30, 200, 48, new int[] {48, 48}, p, p, new float[2]))
                .hasMessageContaining("window 1 starts at frame 48");
    }
}
