package com.courtside.timeline.rally;

import com.courtside.timeline.Rally;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static com.courtside.timeline.rally.Series.format;
import static org.assertj.core.api.Assertions.assertThat;

/** Solo thresholds of the presets: game state 0.8 mean probability, trajectory 0.8 moving share; shift 48. */
class RallyCombinerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "agreeing: trajectory edges within a stride | 100-400 | 0.6 | 120-390 | 0.5  | 120-390",
            "agreeing: an edge moves one stride at most | 100-400 | 0.6 | 20-400  | 0.5  | 52-400",
            "confident game state alone is kept        | 100-400 | 0.9 | ''      | 0    | 100-400",
            "unsure game state alone is dropped         | 100-400 | 0.5 | ''      | 0    | ''",
            "confident trajectory alone is kept         | ''      | 0   | 100-400 | 0.85 | 100-400",
            "unsure trajectory alone is dropped         | ''      | 0   | 100-400 | 0.3  | ''",
            "IoU under 0.5: each side on its own        | 0-99    | 0.9 | 80-300  | 0.3  | 0-99",
            "one-sided rallies that overlap become one  | 0-99    | 0.9 | 90-300  | 0.9  | 0-300"})
    void combinesTheTwoDetectors(String what, String gs, double gsConfidence, String tr, double trConfidence,
                                 String expected) {
        List<Rally> combined = RallyCombiner.combine(scored(gs, gsConfidence), scored(tr, trConfidence), 48,
                RallyPreset.INDOOR_VOLLEYBALL.settings());
        assertThat(format(combined)).isEqualTo(Series.normalised(expected));
    }

    private static List<ScoredRally> scored(String rallies, double confidence) {
        return Series.rallies(rallies).stream().map(r -> new ScoredRally(r, confidence)).toList();
    }
}
