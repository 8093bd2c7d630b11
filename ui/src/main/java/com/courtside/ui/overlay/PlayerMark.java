package com.courtside.ui.overlay;

import com.courtside.timeline.players.PlayerSlot;
import com.courtside.timeline.players.TrackedPeople;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A tracked person on the frame on screen, as the video draws it and the Shooter tab lists it: the track, its kit
 * team ({@link TrackedPeople#TEAM_A} …), the slot a labeller gave the track (null where none was given) and the box
 * in source pixels.
 */
public record PlayerMark(int track, byte team, PlayerSlot slot, float x, float y, float w, float h) {

    /** The people of {@code frame}, left to right. */
    public static List<PlayerMark> at(TrackedPeople people, Map<Integer, PlayerSlot> slots, int frame) {
        if (people == null || people.isEmpty() || frame < 0) {
            return List.of();
        }
        var boxes = people.boxes();
        List<PlayerMark> out = new ArrayList<>();
        for (int i = boxes.first(frame), end = boxes.end(frame); i < end; i++) {
            out.add(new PlayerMark(boxes.track(i), people.teams()[i], slots.get(boxes.track(i)), boxes.x(i),
                    boxes.y(i), boxes.width(i), boxes.height(i)));
        }
        out.sort((a, b) -> Float.compare(a.x, b.x));
        return out;
    }

    /** "#7 O2", or "#7 A" (its team) where no slot was given. */
    public String caption() {
        return "#" + track + " " + (slot != null ? slot.wireName().replace('_', ' ')
                : TrackedPeople.teamName(team));
    }

    public boolean contains(double sourceX, double sourceY) {
        return sourceX >= x && sourceX <= x + w && sourceY >= y && sourceY <= y + h;
    }
}
