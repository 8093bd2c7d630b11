package com.courtside.timeline.players;

/**
 * A basketball shot: the frame the ball leaves the shooter's hands, who shot (one of O1–O5, or null where not
 * known yet), and where the ball was at release in frame pixels (the shot origin of the track channels).
 */
public record Shot(int releaseFrame, PlayerSlot shooter, float originX, float originY) {

    public Shot {
        if (releaseFrame < 0) {
            throw new IllegalArgumentException("a shot's release frame must be 0 or more, got " + releaseFrame);
        }
        if (shooter != null && shooter.offenceIndex() < 0) {
            throw new IllegalArgumentException("a shooter is one of O1–O5, got " + shooter);
        }
        if (!Float.isFinite(originX) || !Float.isFinite(originY)) {
            throw new IllegalArgumentException("a shot's origin must be a position, got " + originX + ", " + originY);
        }
    }
}
