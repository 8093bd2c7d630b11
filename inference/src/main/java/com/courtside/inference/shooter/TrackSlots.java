package com.courtside.inference.shooter;

import com.courtside.timeline.players.PersonBoxes;
import com.courtside.timeline.players.PlayerSlot;

import java.util.HashMap;
import java.util.Map;

/**
 * Carries the slots a user chose once per clip (track id → slot, picked on whatever frame they looked at) onto every
 * box of those tracks, and names the rest by kit team: a track never assigned is {@code OFFENCE_UNKNOWN} or
 * {@code DEFENCE_UNKNOWN} by the team most of its boxes showed, {@code OTHER} when its kit matched neither team
 * (referee) or no kit was seen. Which team attacks is read from the chosen slots (the team of the O tracks, else the
 * other team than the D tracks); when none were chosen, team A is taken to attack, which is a guess.
 */
public final class TrackSlots {

    private TrackSlots() {
    }

    /**
     * @param tracked boxes with track ids ({@link PlayerTracker#track})
     * @param teams   the kit team of each box ({@link KitTeams}), or null when not known
     * @param chosen  the user's slots by track id; tracks not in it get a team's unknown slot or OTHER
     */
    public static PersonBoxes assign(PersonBoxes tracked, byte[] teams, Map<Integer, PlayerSlot> chosen) {
        Map<Integer, int[]> votes = new HashMap<>();
        for (int i = 0; i < tracked.size(); i++) {
            int[] v = votes.computeIfAbsent(tracked.track(i), k -> new int[3]);
            byte team = teams == null ? KitTeams.UNSEEN : teams[i];
            if (team >= 0) {
                v[team]++;
            } else if (team == KitTeams.OTHER) {
                v[2]++;
            }
        }
        Map<Integer, Byte> teamOf = new HashMap<>();
        votes.forEach((track, v) -> teamOf.put(track, majority(v)));
        byte offence = offenceTeam(teamOf, chosen);
        PlayerSlot[] slots = new PlayerSlot[tracked.size()];
        for (int i = 0; i < slots.length; i++) {
            PlayerSlot slot = chosen.get(tracked.track(i));
            if (slot == null) {
                byte team = teamOf.get(tracked.track(i));
                slot = team < 0 ? PlayerSlot.OTHER
                        : team == offence ? PlayerSlot.OFFENCE_UNKNOWN : PlayerSlot.DEFENCE_UNKNOWN;
            }
            slots[i] = slot;
        }
        return tracked.withSlots(slots);
    }

    /** The attacking team according to the chosen slots; team A when they do not tell. */
    static byte offenceTeam(Map<Integer, Byte> teamOf, Map<Integer, PlayerSlot> chosen) {
        int[] offenceVotes = new int[2];
        for (Map.Entry<Integer, PlayerSlot> e : chosen.entrySet()) {
            Byte team = teamOf.get(e.getKey());
            if (team == null || team < 0) {
                continue;
            }
            if (e.getValue().isOffence()) {
                offenceVotes[team]++;
            } else if (e.getValue().isDefence()) {
                offenceVotes[1 - team]++;
            }
        }
        return offenceVotes[1] > offenceVotes[0] ? KitTeams.TEAM_B : KitTeams.TEAM_A;
    }

    private static byte majority(int[] v) {
        if (v[0] == 0 && v[1] == 0 && v[2] == 0) {
            return KitTeams.UNSEEN;
        }
        if (v[2] > v[0] && v[2] > v[1]) {
            return KitTeams.OTHER;
        }
        return v[1] > v[0] ? KitTeams.TEAM_B : KitTeams.TEAM_A;
    }
}
