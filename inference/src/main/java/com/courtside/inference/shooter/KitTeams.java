package com.courtside.inference.shooter;

import com.courtside.timeline.players.PersonBoxes;
import com.courtside.timeline.players.TrackedPeople;

/**
 * Tells the two teams apart by kit colour: two centres found by 2-means on the torso colours
 * ({@link TorsoColours}: mean red, green, blue, and the spread weighted by {@value #SPREAD_WEIGHT}), and a box whose
 * colour lies far from both centres is {@link #OTHER} (a referee, a coach, someone in the crowd).
 *
 * <p>The 2-means is trimmed: a colour farther than {@value #CAP} from both centres neither moves a centre nor costs
 * more than {@value #CAP}², so one referee cannot drag a team's centre, and every pair of colours (up to 32 of them)
 * is tried as a start so the outcome does not hang on a lucky seed. "Far" is more than 45 % of the distance between
 * the centres (no box in the no-man's land between the kits is guessed) and at most {@value #CAP}. The darker kit is
 * {@link #TEAM_A}, so fits on different frames of a clip name the teams alike.
 */
public final class KitTeams {

    public static final byte TEAM_A = TrackedPeople.TEAM_A;
    public static final byte TEAM_B = TrackedPeople.TEAM_B;
    public static final byte OTHER = TrackedPeople.NO_TEAM;
    /** The box's torso lies outside the image; its team is not known. */
    public static final byte UNSEEN = TrackedPeople.UNSEEN;

    static final float SPREAD_WEIGHT = 0.5f;
    static final float CAP = 80f;
    private static final float FAR_SHARE = 0.45f;
    private static final float NEAR_ENOUGH = 20f;
    private static final int MAX_STARTS = 32;
    private static final int ROUNDS = 10;

    private final float[] a;
    private final float[] b;

    private KitTeams(float[] a, float[] b) {
        this.a = a;
        this.b = b;
    }

    /** Splits the people of one frame: fits the kits on their colours and names each one's team. */
    public static byte[] split(BgrPixels image, PersonBoxes boxes, int from, int to) {
        TorsoColours colours = TorsoColours.measure(image, boxes, from, to);
        return fit(colours).classify(colours);
    }

    /** The two kits among {@code colours}; with a single colour seen both kits are that colour. */
    public static KitTeams fit(TorsoColours colours) {
        float[][] points = features(colours);
        if (points.length == 0) {
            return new KitTeams(null, null);
        }
        int stride = Math.max(1, points.length / MAX_STARTS);
        float[][] best = {points[0], points[0]};
        double bestCost = Double.MAX_VALUE;
        for (int i = 0; i < points.length; i += stride) {
            for (int j = i + stride; j < points.length; j += stride) {
                float[][] centres = lloyd(points, points[i].clone(), points[j].clone());
                double cost = cost(points, centres);
                if (cost < bestCost) {
                    bestCost = cost;
                    best = centres;
                }
            }
        }
        boolean firstDarker = luma(best[0]) <= luma(best[1]);
        return firstDarker ? new KitTeams(best[0], best[1]) : new KitTeams(best[1], best[0]);
    }

    /** The team of each colour: {@link #TEAM_A}, {@link #TEAM_B}, {@link #OTHER} or {@link #UNSEEN}. */
    public byte[] classify(TorsoColours colours) {
        byte[] teams = new byte[colours.size()];
        float separation = a == null ? 0 : distance(a, b);
        float far = Math.min(CAP, Math.max(NEAR_ENOUGH, FAR_SHARE * separation));
        for (int k = 0; k < teams.length; k++) {
            if (!colours.seen(k) || a == null) {
                teams[k] = UNSEEN;
                continue;
            }
            float[] p = feature(colours, k);
            float da = distance(p, a);
            float db = distance(p, b);
            teams[k] = Math.min(da, db) > far ? OTHER : da <= db ? TEAM_A : TEAM_B;
        }
        return teams;
    }

    private static float[][] lloyd(float[][] points, float[] c0, float[] c1) {
        float[][] centres = {c0, c1};
        for (int round = 0; round < ROUNDS; round++) {
            double[][] sums = new double[2][4];
            int[] counts = new int[2];
            for (float[] p : points) {
                float d0 = distance(p, centres[0]);
                float d1 = distance(p, centres[1]);
                int k = d0 <= d1 ? 0 : 1;
                if (Math.min(d0, d1) > CAP) {
                    continue;
                }
                counts[k]++;
                for (int d = 0; d < 4; d++) {
                    sums[k][d] += p[d];
                }
            }
            boolean moved = false;
            for (int k = 0; k < 2; k++) {
                for (int d = 0; d < 4 && counts[k] > 0; d++) {
                    float next = (float) (sums[k][d] / counts[k]);
                    moved |= next != centres[k][d];
                    centres[k][d] = next;
                }
            }
            if (!moved) {
                break;
            }
        }
        return centres;
    }

    private static double cost(float[][] points, float[][] centres) {
        double cost = 0;
        for (float[] p : points) {
            float d = Math.min(Math.min(distance(p, centres[0]), distance(p, centres[1])), CAP);
            cost += d * d;
        }
        return cost;
    }

    private static float[][] features(TorsoColours colours) {
        int seen = 0;
        for (int k = 0; k < colours.size(); k++) {
            seen += colours.seen(k) ? 1 : 0;
        }
        float[][] points = new float[seen][];
        for (int k = 0, n = 0; k < colours.size(); k++) {
            if (colours.seen(k)) {
                points[n++] = feature(colours, k);
            }
        }
        return points;
    }

    private static float[] feature(TorsoColours colours, int k) {
        return new float[] {colours.red(k), colours.green(k), colours.blue(k), SPREAD_WEIGHT * colours.spread(k)};
    }

    private static float distance(float[] p, float[] q) {
        float sum = 0;
        for (int d = 0; d < 4; d++) {
            float e = p[d] - q[d];
            sum += e * e;
        }
        return (float) Math.sqrt(sum);
    }

    private static float luma(float[] c) {
        return 0.299f * c[0] + 0.587f * c[1] + 0.114f * c[2];
    }
}
