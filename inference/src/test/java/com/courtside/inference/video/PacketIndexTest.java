package com.courtside.inference.video;

import com.courtside.timeline.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast index read from packet timestamps names the same frames as decoding does, or declines. */
class PacketIndexTest {

    @TempDir
    Path dir;

    private static void assertAgreesWithDecoding(Path file) throws Exception {
        ContainerInfo info = ContainerInspector.inspect(file);
        FrameIndex fast = PacketIndexer.scan(file, info, ProgressListener.NONE);
        FrameIndex decoded = FrameIndexer.build(file, info, 1, ProgressListener.NONE);
        assertThat(fast).as("packet index of %s", file.getFileName()).isNotNull();
        assertThat(fast.isDecoded()).isFalse();
        assertThat(fast.frameCount()).isEqualTo(decoded.frameCount());
        assertThat(fast.sameFramesAs(decoded)).isTrue();
        assertThat(fast.keyFrameCount()).isEqualTo(decoded.keyFrameCount());
    }

    @ParameterizedTest(name = "GOP {0}, {1} B-frames")
    @CsvSource({"1, 0", "30, 2", "250, 0"})
    void agreesOnConstantRateClips(int gop, int bFrames) throws Exception {
        assertAgreesWithDecoding(NumberedClips.write(dir.resolve("c.mp4"), 300, 30, gop, bFrames));
    }

    @Test
    void agreesOnAnEditList() throws Exception {
        Path source = NumberedClips.write(dir.resolve("src.mp4"), 200, 30, 30, 0);
        assertAgreesWithDecoding(NumberedClips.cutWithEditList(source, dir.resolve("cut.mp4"), 1.5));
    }

    @Test
    void agreesOnVariableFrameRate() throws Exception {
        assertAgreesWithDecoding(NumberedClips.writeVariableRate(dir.resolve("v.mkv"), 200, new int[] {33, 50, 17}, 40));
    }

    @Test
    void agreesOnHevcWithBFrames() throws Exception {
        assertAgreesWithDecoding(Path.of(getClass().getResource("/fixtures/numbered-hevc-gop50-bframes3.mp4").toURI()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"tennis-amateur-fixedcam/amateur_clay.mp4", "tennis-amateur-fixedcam/amateur_grass.mp4",
            "tennis-amateur-fixedcam/professional_hardcourt.mp4", "volleyball-tracknet-shortclip/VolleyballShortClip_original.mp4",
            "football-wc2018-tactical-cam/football.mp4"})
    void agreesOnRealFootage(String relative) throws Exception {
        assertAgreesWithDecoding(SharedFootage.file(relative));
    }

    @Test
    void probeOpensFastThenConfirmsByDecoding() throws Exception {
        Path file = NumberedClips.write(dir.resolve("p.mp4"), 120, 30, 60, 0);
        VideoProbe probe = new VideoProbe(new CacheDirectory(dir.resolve("cache")), 1);
        OpenedVideo fast = probe.openFast(file, ProgressListener.NONE);
        assertThat(fast.index().isDecoded()).isFalse();
        OpenedVideo confirmed = probe.confirmByDecoding(fast, ProgressListener.NONE);
        assertThat(confirmed.index().isDecoded()).isTrue();
        assertThat(confirmed.facts().frameCount()).isEqualTo(120);
        assertThat(probe.openFast(file, ProgressListener.NONE).index().isDecoded())
                .as("the decoded index is kept and preferred").isTrue();
    }
}
