package com.courtside.app.bench;

import com.courtside.app.cli.CourtsideCommand;
import com.courtside.app.cli.ExitCodes;
import com.courtside.inference.video.CacheDirectory;
import com.courtside.inference.video.Ffmpeg;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoProbe;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.Rally;
import com.courtside.timeline.task.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** The rally-cut and dataset-export rows on a 15 s 360p rendered match; shapes and sanity, no timing. */
class ExportRowsTest {

    @TempDir
    static Path dir;
    private static BenchContext ctx;
    private static BenchClip clip;
    private static OpenedVideo video;
    private static LabelSet truth;

    @BeforeAll
    static void renderSmallMatch() throws Exception {
        Ffmpeg.init();
        BenchOptions options = new BenchOptions(dir, List.of(360), 30, 2, 250, 2, 1, 1, 1, 1, false, 0.1, false,
                false, 0.25, 5, true, true);
        ctx = new BenchContext(options, FfmpegPeer.locate(), new PrintWriter(new StringWriter()));
        clip = BenchClips.ensure(ExportMatch.clip(options), ctx);
        video = new VideoProbe(new CacheDirectory(dir), 2).open(clip.file(), ProgressListener.NONE);
        truth = ExportMatch.truth(clip, video, ctx).orElseThrow();
    }

    @Test
    @Timeout(60)
    void cutAndExportRowsStandBesideTheirPeers() throws Exception {
        assertThat(truth.rallies()).isNotEmpty();
        String label = ExportMatch.label(clip);
        assertThat(label).isEqualTo("360p30 × 15 s");

        List<BenchRow> rows = ExportMatch.run(video, truth, label, ctx);

        assertThat(rows).extracting(BenchRow::measurement).satisfiesExactly(
                m -> assertThat(m).startsWith("rally cut 360p30 × 15 s, stream copy, "),
                m -> assertThat(m).startsWith("rally cut 360p30 × 15 s, re-encode libopenh264 medium, "),
                m -> assertThat(m).startsWith("OpenTTGames export 360p30 × 15 s, frames ±4 of each event ("),
                m -> assertThat(m).startsWith("COCO export 360p30 × 15 s, every frame as JPEG (450 JPEGs)"));
        assertThat(rows).extracting(BenchRow::peerLabel).containsExactly(CutBench.COPY_PEER, CutBench.REENCODE_PEER,
                ExportBench.DECODE_PEER, ExportBench.DECODE_PEER);
        assertThat(rows).extracting(r -> r.target().describe())
                .containsExactly("≥ 0.80 × peer", "≥ 0.80 × peer", "≥ 100.0 fps", "—");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.value()).isPositive().isFinite();
            assertThat(r.peerValue()).as(r.measurement()).isNotNull().isPositive();
            assertThat(r.ratio()).isPositive();
        });
        BenchRow copy = rows.get(0);
        assertThat(copy.ratio()).isCloseTo(copy.peerValue() / copy.value(), offset(1e-9));
        BenchRow ttnet = rows.get(2);
        assertThat(ttnet.ratio()).isCloseTo(ttnet.value() / ttnet.peerValue(), offset(1e-9));
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).noneMatch(p -> p.getFileName().toString().startsWith("export-rows-"));
        }
    }

    @Test
    void reencodeTakesTheFirstRalliesInTimeThatMakeTheAskedOutput() {
        List<Rally> rallies = List.of(new Rally(300, 389), new Rally(0, 89), new Rally(100, 189));

        assertThat(CutBench.firstRallies(rallies, 6, 1, 30)).containsExactly(1, 2);
        assertThat(CutBench.firstRallies(rallies, 5, 1, 30)).containsExactly(1);
        assertThat(CutBench.firstRallies(rallies, 0, 1, 30)).isEmpty();
        assertThat(CutBench.firstRallies(rallies, 100, 1, 30)).isEmpty();
    }

    @Test
    @Timeout(60)
    void onlyExportMeasuresTheseRowsAlone() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CourtsideCommand.execute(new String[] {"bench", "--only", "export", "--work", dir.toString(),
                "--resolutions", "360", "--cut-minutes", "0.25", "--cut-reencode-seconds", "2", "--repeat", "1",
                "--model", "classical"}, new PrintWriter(out), new PrintWriter(err));

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("rally cut 360p30 × 15 s, stream copy")
                .contains("OpenTTGames export 360p30 × 15 s").contains("COCO export 360p30 × 15 s")
                .contains("clip 360p30 × 15 s: bench-360p30-15s-gop250.mp4")
                .doesNotContain("decode 360p30").doesNotContain("label store");
        assertThat(err.toString()).contains("reusing").doesNotContain("rendering");
    }

    @Test
    void unknownOrContradictoryPartsAreConfigurationErrors() {
        StringWriter sink = new StringWriter();
        assertThat(CourtsideCommand.execute(new String[] {"bench", "--only", "decode", "--work", dir.toString()},
                new PrintWriter(sink), new PrintWriter(sink))).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(CourtsideCommand.execute(new String[] {"bench", "--only", "export", "--skip-export", "--work",
                dir.toString()}, new PrintWriter(sink), new PrintWriter(sink))).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(sink.toString()).contains("--only takes export").contains("leave nothing to measure");
    }
}
