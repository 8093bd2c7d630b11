package com.courtside.timeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RationalTest {

    @ParameterizedTest
    @CsvSource({"60, 2, 30/1", "30000, 1001, 30000/1001", "-4, -8, 1/2", "3, -6, -1/2"})
    void reducesAndNormalisesSign(long num, long den, String expected) {
        Rational r = Rational.of(num, den);
        assertThat(r.num() + "/" + r.den()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"29.97002997, 30000/1001", "25, 25", "59.94005994, 60000/1001", "120, 120"})
    void approximatesCommonFrameRates(double value, String expected) {
        assertThat(Rational.approximate(value).toString()).isEqualTo(expected);
    }

    @Test
    void refusesZeroDenominator() {
        assertThatThrownBy(() -> Rational.of(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
