package com.courtside.ui.overlay;

import com.courtside.timeline.players.PersonBoxes;
import com.courtside.timeline.players.PlayerSlot;
import com.courtside.timeline.players.TrackedPeople;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlayerMarkTest {

    private final TrackedPeople people = new TrackedPeople(new PersonBoxes.Builder()
            .add(4, 2, PlayerSlot.OTHER, 300, 10, 40, 90, 1)
            .add(4, 5, PlayerSlot.OTHER, 100, 10, 40, 90, 1)
            .add(5, 2, PlayerSlot.OTHER, 302, 10, 40, 90, 1)
            .build(), new byte[] {TrackedPeople.TEAM_A, TrackedPeople.NO_TEAM, TrackedPeople.TEAM_A});

    @Test
    void theMarksOfAFrameComeLeftToRightWithTheChosenSlots() {
        List<PlayerMark> marks = PlayerMark.at(people, Map.of(2, PlayerSlot.O4), 4);

        assertThat(marks).extracting(PlayerMark::track).containsExactly(5, 2);
        assertThat(marks).extracting(PlayerMark::caption).containsExactly("#5 –", "#2 O4");
        assertThat(PlayerMark.at(people, Map.of(), 5)).extracting(PlayerMark::caption).containsExactly("#2 A");
        assertThat(PlayerMark.at(people, Map.of(), 6)).isEmpty();
        assertThat(PlayerMark.at(null, Map.of(), 4)).isEmpty();
    }

    @Test
    void aMarkContainsThePointsOfItsBox() {
        PlayerMark mark = PlayerMark.at(people, Map.of(), 4).get(0);

        assertThat(mark.contains(120, 50)).isTrue();
        assertThat(mark.contains(141, 50)).isFalse();
        assertThat(mark.contains(120, 101)).isFalse();
    }
}
