package com.courtside.inference.shooter;

/** One person being followed: where it was last seen, how it moves, and the kit colours its boxes showed. */
final class TrackState {

    /** Weight of the newest measured velocity against the old estimate: smooths detector jitter. */
    private static final float VELOCITY_GAIN = 0.6f;

    final int id;
    private float cx;
    private float cy;
    private float w;
    private float h;
    private float vx;
    private float vy;
    private int lastFrame;
    private int hits;
    private final int[] teamVotes = new int[3];

    TrackState(int id, int frame, float cx, float cy, float w, float h, byte team) {
        this.id = id;
        this.lastFrame = frame;
        this.cx = cx;
        this.cy = cy;
        this.w = w;
        this.h = h;
        this.hits = 1;
        vote(team);
    }

    /** Frames in a row without a detection before {@code frame}. */
    int missedBefore(int frame) {
        return frame - lastFrame - 1;
    }

    /** Centre predicted for {@code frame} at constant velocity: a hidden player keeps walking. */
    float predictedX(int frame) {
        return cx + vx * (frame - lastFrame);
    }

    float predictedY(int frame) {
        return cy + vy * (frame - lastFrame);
    }

    float width() {
        return w;
    }

    float height() {
        return h;
    }

    void update(int frame, float ncx, float ncy, float nw, float nh, byte team) {
        int dt = frame - lastFrame;
        float mx = (ncx - cx) / dt;
        float my = (ncy - cy) / dt;
        // The first step sets the velocity; later ones blend, so one jittery box does not throw the prediction.
        vx = hits == 1 ? mx : VELOCITY_GAIN * mx + (1 - VELOCITY_GAIN) * vx;
        vy = hits == 1 ? my : VELOCITY_GAIN * my + (1 - VELOCITY_GAIN) * vy;
        cx = ncx;
        cy = ncy;
        w = nw;
        h = nh;
        lastFrame = frame;
        hits++;
        vote(team);
    }

    private void vote(byte team) {
        if (team == KitTeams.TEAM_A || team == KitTeams.TEAM_B) {
            teamVotes[team]++;
        } else if (team == KitTeams.OTHER) {
            teamVotes[2]++;
        }
    }

    /** The team most of its boxes showed so far, or {@link KitTeams#UNSEEN} before any vote. */
    byte team() {
        int best = -1;
        for (int k = 0; k < 3; k++) {
            if (teamVotes[k] > 0 && (best < 0 || teamVotes[k] > teamVotes[best])) {
                best = k;
            }
        }
        return best < 0 ? KitTeams.UNSEEN : best == 2 ? KitTeams.OTHER : (byte) best;
    }
}
