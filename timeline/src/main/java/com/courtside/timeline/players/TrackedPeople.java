package com.courtside.timeline.players;

/**
 * The people of a clip as a people run found them: boxes with track ids that keep each person's identity across
 * frames, and the kit team of each box ({@link #TEAM_A}, {@link #TEAM_B}, {@link #NO_TEAM} or {@link #UNSEEN}).
 */
public record TrackedPeople(PersonBoxes boxes, byte[] teams) {

    /** The darker of the two kits. */
    public static final byte TEAM_A = 0;
    public static final byte TEAM_B = 1;
    /** In neither kit: a referee, a coach, someone in the crowd. */
    public static final byte NO_TEAM = -1;
    /** The box's kit could not be seen. */
    public static final byte UNSEEN = -2;

    public static final TrackedPeople NONE = new TrackedPeople(PersonBoxes.EMPTY, new byte[0]);

    public TrackedPeople {
        if (teams.length != boxes.size()) {
            throw new IllegalArgumentException("need a team for each of " + boxes.size() + " boxes, got "
                    + teams.length);
        }
    }

    public boolean isEmpty() {
        return boxes.size() == 0;
    }

    /** "A", "B", "–" (neither), "?" (unseen): the team as the window shows it. */
    public static String teamName(byte team) {
        return switch (team) {
            case TEAM_A -> "A";
            case TEAM_B -> "B";
            case NO_TEAM -> "–";
            default -> "?";
        };
    }
}
