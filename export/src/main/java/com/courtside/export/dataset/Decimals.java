package com.courtside.export.dataset;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers in text files: rounded to a number of places, without trailing zeros or an exponent ("640.5", "12"). */
final class Decimals {

    private Decimals() {
    }

    static String of(double value, int places) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    static BigDecimal exact(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
