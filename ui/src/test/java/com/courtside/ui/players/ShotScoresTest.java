package com.courtside.ui.players;

import com.courtside.labeling.store.ShotLabels;
import com.courtside.timeline.players.PlayerSlot;
import com.courtside.ui.labels.LabelingSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class ShotScoresTest {

    /** Shots at 100 (scored, O2 ahead), 300 (marked by hand, not scored) and 500 (scored, O5 ahead, named O4 by ann). */
    private static LabelingSession.Shots shots() {
        TreeMap<Integer, float[]> scores = new TreeMap<>();
        scores.put(100, new float[] {0.1f, 0.6f, 0.1f, 0.1f, 0.1f});
        scores.put(500, new float[] {0.05f, 0.05f, 0.1f, 0.3f, 0.5f});
        TreeMap<Integer, ShotLabels.Choice> choices = new TreeMap<>();
        choices.put(500, new ShotLabels.Choice(PlayerSlot.O4, "ann", "2026-11-22T23:00:00Z"));
        return new LabelingSession.Shots(List.of(300, 500), scores, choices, "shooter-bb");
    }

    @ParameterizedTest
    @CsvSource({"0, 100", "199, 100", "201, 300", "399, 300", "401, 500", "9000, 500"})
    void theShotNearestThePlayheadIsShown(int playhead, int shot) {
        assertThat(ShotScores.at(shots(), playhead).frame()).isEqualTo(shot);
    }

    @Test
    void theModelsTopPickCountsUntilALabellerNamesTheShooter() {
        ShotScores first = ShotScores.at(shots(), 90);
        assertThat(first.top()).isEqualTo(PlayerSlot.O2);
        assertThat(first.shooter()).isEqualTo(PlayerSlot.O2);
        assertThat(first.chosen()).isNull();
        assertThat(first.index()).isEqualTo(1);
        assertThat(first.count()).isEqualTo(3);
        assertThat(first.previous()).isEqualTo(-1);
        assertThat(first.next()).isEqualTo(300);

        ShotScores last = ShotScores.at(shots(), 500);
        assertThat(last.top()).isEqualTo(PlayerSlot.O5);
        assertThat(last.shooter()).as("the labeller's choice wins").isEqualTo(PlayerSlot.O4);
        assertThat(last.chosenBy()).isEqualTo("ann");
        assertThat(last.scoredBy()).isEqualTo("shooter-bb");
    }

    @Test
    void aShotMarkedByHandHasNoScoresYet() {
        ShotScores marked = ShotScores.at(shots(), 300);
        assertThat(marked.scores()).isNull();
        assertThat(marked.top()).isNull();
        assertThat(marked.shooter()).isNull();
    }

    @Test
    void aVideoWithoutShotsShowsNone() {
        assertThat(ShotScores.at(LabelingSession.Shots.NONE, 40).isEmpty()).isTrue();
        assertThat(ShotScores.at(null, 40)).isEqualTo(ShotScores.NONE);
    }
}
