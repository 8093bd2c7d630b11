package com.courtside.inference.track;

/**
 * Constant-acceleration Kalman filter on [x, y, vx, vy, ax, ay] with dt = 1 frame, measuring [x, y].
 * The process noise is white jerk, so a bounce (a sudden change of acceleration) is what the filter expects
 * to be surprised by, not a steady drift.
 */
public final class KalmanFilter6 {

    private static final int N = 6;

    private final double[] transition;
    private final double[] transitionT;
    private final double[] processNoise;
    private final double measurementVar;
    private final double[] state = new double[N];
    private double[] cov = new double[N * N];

    public KalmanFilter6(double measurementStd, double jerkStd) {
        this.measurementVar = measurementStd * measurementStd;
        this.transition = SmallMatrix.identity(N);
        for (int axis = 0; axis < 2; axis++) {
            transition[axis * N + axis + 2] = 1;       // position += velocity
            transition[axis * N + axis + 4] = 0.5;     // position += acceleration / 2
            transition[(axis + 2) * N + axis + 4] = 1; // velocity += acceleration
        }
        this.transitionT = SmallMatrix.transpose(transition, N);
        this.processNoise = whiteJerk(jerkStd * jerkStd);
    }

    /** Continuous white-jerk noise integrated over one frame, the same for both axes. */
    private static double[] whiteJerk(double q) {
        double[] perAxis = {1 / 20.0, 1 / 8.0, 1 / 6.0, 1 / 8.0, 1 / 3.0, 1 / 2.0, 1 / 6.0, 1 / 2.0, 1.0};
        double[] m = new double[N * N];
        for (int axis = 0; axis < 2; axis++) {
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    m[(axis + 2 * i) * N + axis + 2 * j] = q * perAxis[i * 3 + j];
                }
            }
        }
        return m;
    }

    /** Starts over at a measured position with no motion known. */
    public void reset(double x, double y, double velocityStd, double accelerationStd) {
        java.util.Arrays.fill(state, 0);
        state[0] = x;
        state[1] = y;
        cov = new double[N * N];
        double[] variances = {measurementVar, measurementVar, velocityStd * velocityStd, velocityStd * velocityStd,
                accelerationStd * accelerationStd, accelerationStd * accelerationStd};
        for (int i = 0; i < N; i++) {
            cov[i * N + i] = variances[i];
        }
    }

    /**
     * Adds motion uncertainty, for a maneuver the model cannot foresee (a bounce, a hit) or a missed frame that
     * may have hidden one; the next measurement then re-estimates velocity instead of being averaged away.
     */
    public void inflateMotion(double velocityStd, double accelerationStd) {
        for (int axis = 0; axis < 2; axis++) {
            cov[axis * N + axis] += velocityStd * velocityStd;
            cov[(axis + 2) * N + axis + 2] += velocityStd * velocityStd;
            cov[(axis + 4) * N + axis + 4] += accelerationStd * accelerationStd;
        }
    }

    public double speed() {
        return Math.hypot(state[2], state[3]);
    }

    public void predict() {
        double[] next = new double[N];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                next[i] += transition[i * N + j] * state[j];
            }
        }
        System.arraycopy(next, 0, state, 0, N);
        double[] fp = SmallMatrix.multiply(transition, cov, N);
        cov = SmallMatrix.add(SmallMatrix.multiply(fp, transitionT, N), processNoise);
        SmallMatrix.symmetrize(cov, N);
    }

    /** Squared Mahalanobis distance of a measurement from the predicted one, under the innovation covariance. */
    public double mahalanobis2(double zx, double zy) {
        double[] s = innovationCovariance();
        double det = s[0] * s[3] - s[1] * s[2];
        double dx = zx - state[0];
        double dy = zy - state[1];
        return (s[3] * dx * dx - (s[1] + s[2]) * dx * dy + s[0] * dy * dy) / det;
    }

    public void update(double zx, double zy) {
        double[] s = innovationCovariance();
        double det = s[0] * s[3] - s[1] * s[2];
        double i00 = s[3] / det;
        double i01 = -s[1] / det;
        double i11 = s[0] / det;
        double[] gain = new double[N * 2];
        for (int i = 0; i < N; i++) {
            double p0 = cov[i * N];
            double p1 = cov[i * N + 1];
            gain[i * 2] = p0 * i00 + p1 * i01;
            gain[i * 2 + 1] = p0 * i01 + p1 * i11;
        }
        double dx = zx - state[0];
        double dy = zy - state[1];
        double[] next = cov.clone();
        for (int i = 0; i < N; i++) {
            state[i] += gain[i * 2] * dx + gain[i * 2 + 1] * dy;
            for (int j = 0; j < N; j++) {
                next[i * N + j] -= gain[i * 2] * cov[j] + gain[i * 2 + 1] * cov[N + j];
            }
        }
        cov = next;
        SmallMatrix.symmetrize(cov, N);
    }

    private double[] innovationCovariance() {
        return new double[] {cov[0] + measurementVar, cov[1], cov[N], cov[N + 1] + measurementVar};
    }

    public double x() {
        return state[0];
    }

    public double y() {
        return state[1];
    }

    public double vx() {
        return state[2];
    }

    public double vy() {
        return state[3];
    }

    /** Variance of the predicted x position, for tests and diagnostics. */
    public double positionVariance() {
        return cov[0];
    }
}
