package com.courtside.app.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FfmpegPeerTest {

    @Test
    void missingPulseGetsTheInstallHint() {
        String loaderFailure = "./ffmpeg: error while loading shared libraries: libpulse.so.0: cannot open shared "
                + "object file: No such file or directory";
        assertThat(FfmpegPeer.explain(loaderFailure)).isEqualTo(FfmpegPeer.NEEDS_PULSE);
        assertThat(FfmpegPeer.explain("java.lang.UnsatisfiedLinkError: no jniavdevice: libpulse.so.0"))
                .isEqualTo(FfmpegPeer.NEEDS_PULSE);
        assertThat(FfmpegPeer.NEEDS_PULSE).isEqualTo("peer unavailable: the bundled ffmpeg needs libpulse.so.0 — "
                + "install it with: apt-get install -y libpulse0");
    }

    @Test
    void otherFailuresSayWhat() {
        assertThat(FfmpegPeer.explain("\nIllegal instruction\n")).isEqualTo(
                "peer unavailable: the bundled ffmpeg does not run: Illegal instruction");
    }

    @Test
    void readsTheLastFrameCountAndTheBenchmarkTime() {
        String output = "Input #0, mov,mp4\n"
                + "frame=  512 fps=170 q=-0.0 size=N/A time=00:00:17.06 bitrate=N/A speed=5.68x\r"
                + "frame= 1800 fps=171 q=-0.0 Lsize=N/A time=00:01:00.00 bitrate=N/A speed=5.7x\n"
                + "bench: utime=20.113s stime=0.201s rtime=10.527s\n"
                + "bench: maxrss=123456KiB\n";
        FfmpegPeer.Run run = new FfmpegPeer.Run(0, 11_000_000_000L, output);
        assertThat(run.frames()).isEqualTo(1800);
        assertThat(run.benchmarkSeconds()).isEqualTo(10.527);
        assertThat(run.cpuSeconds()).isCloseTo(20.314, org.assertj.core.api.Assertions.within(1e-9));
        FfmpegPeer.Run silent = new FfmpegPeer.Run(1, 1, "nothing useful");
        assertThat(silent.frames()).isEqualTo(-1);
        assertThat(silent.benchmarkSeconds()).isEqualTo(-1);
        assertThat(silent.cpuSeconds()).isEqualTo(-1);
    }

    @Test
    void locatingNeverThrowsAndAlwaysExplains() {
        FfmpegPeer peer = FfmpegPeer.locate();
        assertThat(peer.status()).startsWith(peer.available() ? "peer: bundled ffmpeg" : "peer unavailable:");
    }
}
