package com.courtside.inference.shooter;

import com.courtside.timeline.players.PersonBoxes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Gives per-frame person detections stable track ids. Each track predicts its centre at constant velocity; a
 * detection joins the track whose predicted box it overlaps best and whose centre is nearest (cost
 * {@code 1 − IoU + distance / gate}), greedily: pairs whose kit teams agree first, then tracks seen most recently,
 * then the lowest cost. So when one player hides behind another, the one in front keeps its box and the hidden one
 * coasts on its velocity until it reappears on the other side; in a crossing of two teams the kits decide. A box of
 * another team may still join a track no one else claims, since one box's colour can be misjudged. A track
 * survives {@code maxMissed} frames without a detection; its gate widens meanwhile, as its position grows less
 * certain.
 *
 * <p>Slots are not the tracker's guess: {@link TrackSlots} carries the ones the user chose onto the tracks.
 */
public final class PlayerTracker {

    /** About half a second at 30 fps: long enough for a crossing, short enough not to join strangers. */
    public static final int DEFAULT_MAX_MISSED = 15;
    /** Centre distance, in box heights, beyond which a detection cannot join a track seen on the frame before. */
    public static final float DEFAULT_GATE = 1.0f;
    /** How much the gate widens per missed frame, as a share of its width. */
    private static final float GATE_GROWTH = 0.25f;

    private final int maxMissed;
    private final float gate;

    public PlayerTracker() {
        this(DEFAULT_MAX_MISSED, DEFAULT_GATE);
    }

    public PlayerTracker(int maxMissed, float gate) {
        if (maxMissed < 0 || !(gate > 0)) {
            throw new IllegalArgumentException("need maxMissed ≥ 0 and gate > 0, got " + maxMissed + ", " + gate);
        }
        this.maxMissed = maxMissed;
        this.gate = gate;
    }

    /**
     * The detections with track ids (0, 1, 2, … in order of first appearance), same order, slots and boxes.
     *
     * @param teams the kit team of each detection ({@link KitTeams}), or null when not known
     */
    public PersonBoxes track(PersonBoxes detections, byte[] teams) {
        if (teams != null && teams.length != detections.size()) {
            throw new IllegalArgumentException("need a team for each of " + detections.size() + " boxes, got "
                    + teams.length);
        }
        int[] ids = new int[detections.size()];
        List<TrackState> live = new ArrayList<>();
        int nextId = 0;
        for (int i = 0; i < detections.size(); ) {
            int f = detections.frame(i);
            int end = detections.end(f);
            live.removeIf(t -> t.missedBefore(f) > maxMissed);
            int[] matched = match(detections, teams, i, end, live);
            for (int d = i; d < end; d++) {
                TrackState t = matched[d - i] >= 0 ? live.get(matched[d - i]) : null;
                byte team = teams == null ? KitTeams.UNSEEN : teams[d];
                float cx = detections.centreX(d);
                float cy = detections.centreY(d);
                if (t == null) {
                    t = new TrackState(nextId++, f, cx, cy, detections.width(d), detections.height(d), team);
                    live.add(t);
                } else {
                    t.update(f, cx, cy, detections.width(d), detections.height(d), team);
                }
                ids[d] = t.id;
            }
            i = end;
        }
        PersonBoxes.Builder out = new PersonBoxes.Builder();
        for (int d = 0; d < detections.size(); d++) {
            out.add(detections.frame(d), ids[d], detections.slot(d), detections.x(d), detections.y(d),
                    detections.width(d), detections.height(d), detections.confidence(d));
        }
        return out.build();
    }

    /** For each detection from..end, the index in {@code live} of its track, or −1 for a new one. */
    private int[] match(PersonBoxes boxes, byte[] teams, int from, int end, List<TrackState> live) {
        int f = boxes.frame(from);
        List<double[]> pairs = new ArrayList<>();
        for (int t = 0; t < live.size(); t++) {
            TrackState track = live.get(t);
            int missed = track.missedBefore(f);
            for (int d = from; d < end; d++) {
                double cost = cost(track, f, missed, boxes, d);
                if (cost < Double.MAX_VALUE) {
                    int conflict = teams != null && conflict(track.team(), teams[d]) ? 1 : 0;
                    pairs.add(new double[] {conflict, missed, cost, t, d - from});
                }
            }
        }
        pairs.sort((p, q) -> Arrays.compare(p, 0, 3, q, 0, 3));
        int[] matched = new int[end - from];
        Arrays.fill(matched, -1);
        boolean[] taken = new boolean[live.size()];
        for (double[] p : pairs) {
            int t = (int) p[3];
            int d = (int) p[4];
            if (!taken[t] && matched[d] < 0) {
                taken[t] = true;
                matched[d] = t;
            }
        }
        return matched;
    }

    private double cost(TrackState track, int f, int missed, PersonBoxes boxes, int d) {
        float px = track.predictedX(f);
        float py = track.predictedY(f);
        double distance = Math.hypot(boxes.centreX(d) - px, boxes.centreY(d) - py);
        double reach = gate * Math.max(track.height(), boxes.height(d)) * (1 + GATE_GROWTH * missed);
        if (distance > reach) {
            return Double.MAX_VALUE;
        }
        return 1 - iou(px, py, track.width(), track.height(), boxes, d) + distance / reach;
    }

    private static double iou(float cx, float cy, float w, float h, PersonBoxes boxes, int d) {
        float ix = Math.min(cx + w / 2, boxes.x(d) + boxes.width(d)) - Math.max(cx - w / 2, boxes.x(d));
        float iy = Math.min(cy + h / 2, boxes.y(d) + boxes.height(d)) - Math.max(cy - h / 2, boxes.y(d));
        if (ix <= 0 || iy <= 0) {
            return 0;
        }
        double inter = (double) ix * iy;
        return inter / (w * h + boxes.width(d) * boxes.height(d) - inter);
    }

    /** Two known, different teams (a referee counts as a team of its own). */
    private static boolean conflict(byte trackTeam, byte boxTeam) {
        return trackTeam != KitTeams.UNSEEN && boxTeam != KitTeams.UNSEEN && trackTeam != boxTeam;
    }
}
