package com.courtside.app.bench;

import com.courtside.inference.analysis.BallAnalyzer;
import com.courtside.inference.video.CacheDirectory;
import com.courtside.inference.video.Ffmpeg;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoProbe;
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
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The analysis and heap rows on a tiny rendered clip with the classical analyzer; shapes and sanity, no timing. */
class AnalysisBenchTest {

    @TempDir
    static Path dir;
    private static BenchContext ctx;
    private static BenchClip clip;
    private static final StringWriter PROGRESS = new StringWriter();
    private static final BenchModel CLASSICAL = BenchModel.of(BallAnalyzer.classical(), "classical", true);

    @BeforeAll
    static void renderTinyClip() throws Exception {
        Ffmpeg.init();
        BenchOptions options = new BenchOptions(dir, List.of(144), 30, 2, 250, 2, 1, 1, 1, 1, false, 0.1, true);
        ctx = new BenchContext(options, FfmpegPeer.locate(), new PrintWriter(PROGRESS));
        clip = BenchClips.ensure(BenchClip.of(dir, 144, 30, 2, 250), ctx);
    }

    private static OpenedVideo open(Path file) throws Exception {
        return new VideoProbe(new CacheDirectory(dir), 2).open(file, ProgressListener.NONE);
    }

    @Test
    @Timeout(60)
    void analysisRowStandsBesideDecodeOnlyOfTheSameFile() throws Exception {
        List<BenchRow> rows = AnalysisBench.run(open(clip.file()), clip.label(), AnalysisBench.target(clip), CLASSICAL, ctx);

        BenchRow speed = rows.get(0);
        assertThat(speed.measurement()).isEqualTo("analysis 144p30 end to end, classical");
        assertThat(speed.unit()).isEqualTo(Units.FPS);
        assertThat(speed.value()).isPositive();
        assertThat(speed.peerLabel()).isEqualTo(AnalysisBench.DECODE_ONLY);
        assertThat(speed.peerValue()).isPositive();
        assertThat(speed.ratio()).isCloseTo(speed.value() / speed.peerValue(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(speed.verdict()).isEqualTo(Verdict.INFO);
        assertThat(rows).extracting(BenchRow::measurement).contains("analysis 144p30, CPU time per frame");
        assertThat(ctx.notes()).anyMatch(n -> n.startsWith("analysis 144p30: ") && n.contains("of 60 frames"));
    }

    @Test
    void onlyThe720pClipCarriesTheDesignTarget() {
        BenchOptions o = new BenchOptions(dir, List.of(144), 30, 20, 250, 2, 1, 1, 1, 1, false, 2, true);
        List<BenchClip> clips = AnalysisBench.clips(o);
        assertThat(clips).extracting(BenchClip::label).containsExactly("720p30", "1080p60");
        assertThat(clips.get(1).file().getFileName().toString()).isEqualTo("bench-1080p60-20s-gop250.mp4");
        assertThat(AnalysisBench.target(clips.get(0)).describe()).isEqualTo("≥ 30.0 fps (shipped model, 2 cores)");
        assertThat(AnalysisBench.target(clips.get(0)).judge(29.0, null)).isEqualTo(Verdict.FAIL);
        assertThat(AnalysisBench.target(clips.get(1))).isEqualTo(Target.NONE);
    }

    @Test
    @Timeout(60)
    void heapRowsOverALoopedClipAreSane() throws Exception {
        Optional<Path> looped = HeapBench.longClip(clip, 0.1, ctx);
        assumeTrue(looped.isPresent(), "the bundled ffmpeg is needed to loop the clip: " + ctx.peer().status());
        assertThat(looped.get().getFileName().toString()).isEqualTo("bench-144p30-2s-gop250-x3.mp4");
        OpenedVideo video = open(looped.get());
        assertThat(video.facts().frameCount()).isEqualTo(3 * 60);
        String label = HeapBench.label(clip.label(), video);
        assertThat(label).isEqualTo("144p30 × 0.1 min");

        List<BenchRow> rows = HeapBench.run(video, label, CLASSICAL, ctx);

        String prefix = "heap, analysing 144p30 × 0.1 min, classical: ";
        assertThat(rows).extracting(BenchRow::measurement).containsExactly(prefix + "at start (after GC)",
                prefix + "at end (after GC)", prefix + "end − start", prefix + "max after GC (sampled)", prefix + "slope");
        double start = rows.get(0).value();
        double end = rows.get(1).value();
        assertThat(start).isBetween(1.0, HeapBench.TARGET_MIB);
        assertThat(end).isBetween(1.0, HeapBench.TARGET_MIB);
        assertThat(rows.get(2).value()).isEqualTo(end - start);
        assertThat(rows.get(3).value()).isGreaterThanOrEqualTo(Math.max(start, end));
        assertThat(rows.get(4).value()).isFinite();
        assertThat(rows.get(1).verdict()).isEqualTo(Verdict.PASS);
        assertThat(rows.get(3).verdict()).isEqualTo(Verdict.PASS);
        assertThat(rows.stream().allMatch(r -> r.unit().startsWith(Units.MIB))).isTrue();

        assertThat(HeapBench.longClip(clip, 0.1, ctx)).contains(looped.get());
        assertThat(PROGRESS.toString()).contains("reusing " + looped.get());
    }

    @Test
    void loopCountRoundsToTheNearestWholeClip() {
        assertThat(HeapBench.copies(60, 30)).isEqualTo(30);
        assertThat(HeapBench.copies(20, 2)).isEqualTo(6);
        assertThat(HeapBench.copies(60, 0.2)).isEqualTo(1);
    }

    @Test
    void samplerTakesAboutTheAskedNumberOfSamples() {
        HeapSampler sampler = new HeapSampler(1000, 10);
        for (int frame = 0; frame <= 1000; frame += 8) {
            sampler.offer(frame);
        }
        assertThat(sampler.count()).isEqualTo(10);
        assertThat(sampler.peakInUse()).isPositive();
        assertThat(sampler.peakLive()).isPositive().isLessThanOrEqualTo(sampler.peakInUse());
        assertThat(sampler.slopeBytesPerFrame()).isFinite();
    }

    @Test
    void modelRowsSayWhichModelRanAndWhetherItIsTheShippedOne() throws Exception {
        assertThat(CLASSICAL.name()).isEqualTo("classical");
        assertThat(CLASSICAL.shipped()).isFalse();
        assertThat(CLASSICAL.how()).isEqualTo("--model classical");
        Path onnx = Files.writeString(dir.resolve("m.onnx"), "not a model");
        BenchModel file = BenchModel.of(BallAnalyzer.classical(), onnx.toString(), true);
        assertThat(file.name()).isEqualTo("m.onnx");
        assertThat(file.shipped()).isFalse();
        BenchModel bundled = BenchModel.of(BallAnalyzer.classical(), "ball-heatmap-tt", false);
        assertThat(bundled.shipped()).isTrue();
        assertThat(bundled.how()).contains("bundled");
        assertThat(BenchModel.of(BallAnalyzer.classical(), "classical", false).how()).contains("bundles no ball model");
    }
}
