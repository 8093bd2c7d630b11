package com.courtside.app.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BenchRowTest {

    @Test
    void speedRatioIsOursOverPeer() {
        BenchRow row = BenchRow.own("decode", 95, Units.FPS, Target.ratioAtLeast(0.9)).withPeer("ffmpeg", 100.0, true);
        assertThat(row.ratio()).isCloseTo(0.95, within(1e-9));
        assertThat(row.verdict()).isEqualTo(Verdict.PASS);
        assertThat(row.ratioText()).isEqualTo("0.95");
        assertThat(row.peerText()).isEqualTo("100.0 fps (ffmpeg)");
    }

    @Test
    void belowTheRatioFails() {
        BenchRow row = BenchRow.own("decode", 80, Units.FPS, Target.ratioAtLeast(0.9)).withPeer("ffmpeg", 100.0, true);
        assertThat(row.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void latencyRatioIsPeerTimeOverOurs() {
        BenchRow row = BenchRow.own("seek", 50, Units.MS, Target.NONE).withPeer("ffmpeg -ss", 100.0, false);
        assertThat(row.ratio()).isCloseTo(2.0, within(1e-9));
        assertThat(row.verdict()).isEqualTo(Verdict.INFO);
    }

    @Test
    void unavailablePeerLeavesNoRatioAndNoVerdictOnARatioTarget() {
        BenchRow row = BenchRow.own("decode", 95, Units.FPS, Target.ratioAtLeast(0.9)).withPeer("ffmpeg", null, true);
        assertThat(row.ratio()).isNull();
        assertThat(row.verdict()).isEqualTo(Verdict.NO_PEER);
        assertThat(row.peerText()).isEqualTo("unavailable");
        assertThat(row.ratioText()).isEqualTo("—");
    }

    @Test
    void ownBoundsAreJudgedOnTheValue() {
        assertThat(BenchRow.own("p95", 150, Units.MS, Target.atMost(150, Units.MS)).verdict()).isEqualTo(Verdict.PASS);
        assertThat(BenchRow.own("p95", 151, Units.MS, Target.atMost(150, Units.MS)).verdict()).isEqualTo(Verdict.FAIL);
        assertThat(BenchRow.own("dropped", 0, Units.FRAMES, Target.atMost(0, Units.FRAMES)).verdict())
                .isEqualTo(Verdict.PASS);
        assertThat(BenchRow.own("rate", 29, Units.FPS, Target.atLeast(30, Units.FPS)).verdict())
                .isEqualTo(Verdict.FAIL);
        assertThat(BenchRow.own("step", 3, Units.MS, Target.NONE).peerText()).isEqualTo("—");
    }

    @Test
    void targetsAndUnitsPrintReadably() {
        assertThat(Target.ratioAtLeast(0.9).describe()).isEqualTo("≥ 0.90 × peer");
        assertThat(Target.atMost(150, Units.MS).withRemark("design goal").describe())
                .isEqualTo("≤ 150.0 ms (design goal)");
        assertThat(Target.atMost(0, Units.FRAMES).describe()).isEqualTo("≤ 0");
        assertThat(Target.NONE.describe()).isEqualTo("—");
        assertThat(Units.format(4.567, Units.MS)).isEqualTo("4.57 ms");
        assertThat(Units.format(1234.56, Units.MS)).isEqualTo("1234.6 ms");
        assertThat(Units.format(1799, Units.FRAMES)).isEqualTo("1799");
        assertThat(Units.format(118.04, Units.FPS)).isEqualTo("118.0 fps");
    }
}
