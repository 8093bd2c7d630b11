package com.courtside.timeline;

/**
 * An exact fraction such as a frame rate (30000/1001) or a time base (1/15360).
 * Kept as a fraction so frame-index arithmetic never drifts the way a double would.
 */
public record Rational(long num, long den) {

    public Rational {
        if (den == 0) {
            throw new IllegalArgumentException("denominator is zero");
        }
        if (den < 0) {
            num = -num;
            den = -den;
        }
        long g = gcd(Math.abs(num), den);
        if (g > 1) {
            num /= g;
            den /= g;
        }
    }

    public static Rational of(long num, long den) {
        return new Rational(num, den);
    }

    /** Best rational for a double such as 29.97, limited to denominators up to 1001. */
    public static Rational approximate(double value) {
        for (long den : new long[] {1, 1001, 1000, 100}) {
            long num = Math.round(value * den);
            if (Math.abs((double) num / den - value) < 1e-6) {
                return new Rational(num, den);
            }
        }
        return new Rational(Math.round(value * 1000), 1000);
    }

    public double toDouble() {
        return (double) num / den;
    }

    public Rational invert() {
        return new Rational(den, num);
    }

    public boolean isZero() {
        return num == 0;
    }

    @Override
    public String toString() {
        return den == 1 ? Long.toString(num) : num + "/" + den;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a == 0 ? 1 : a;
    }
}
