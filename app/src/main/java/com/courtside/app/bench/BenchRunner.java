package com.courtside.app.bench;

import com.courtside.inference.video.CacheDirectory;
import com.courtside.inference.video.Ffmpeg;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.inference.video.VideoProbe;
import com.courtside.resources.BundledModels;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.task.ProgressListener;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the whole benchmark: keeps the clips, finds the peer, and measures decoding on every clip, then seeking,
 * stepping, the proxy and playback on the largest clip, then ball analysis on a 720p30 and a 1080p60 clip, the
 * heap over one long analysis and the label store, then the rally cuts and dataset exports of a rendered match
 * (alone with {@code --only export}). Each figure is measured beside its peer in the same run, where
 * it has one.
 */
public final class BenchRunner {

    static final String RATIO_EXPLANATION = "ratio = Courtside's speed ÷ the peer's: frames/s ÷ frames/s, or the "
            + "peer's time ÷ Courtside's time for latencies; above 1 means Courtside is faster.";

    private BenchRunner() {
    }

    public static BenchReport run(BenchOptions options, BenchModel model, PrintWriter progress)
            throws IOException, VideoOpenException, InterruptedException {
        Ffmpeg.init();
        double loadBefore = MachineInfo.loadAverage();
        FfmpegPeer peer = FfmpegPeer.locate();
        BenchContext ctx = new BenchContext(options, peer, progress);
        ctx.say("%s", peer.status());
        if (options.exportOnly()) {
            List<BenchReport.ClipSummary> summaries = new ArrayList<>();
            List<BenchRow> rows = exportRows(new CacheDirectory(options.work()), new LinkedHashMap<>(), summaries, ctx);
            List<String> notes = new ArrayList<>(ExportMatch.explanations(options));
            notes.addAll(ctx.notes());
            return new BenchReport(MachineInfo.detect(), load(loadBefore), options.threads(), summaries,
                    peer.status(), rows, notes);
        }
        List<BenchClip> clips = BenchClips.ensure(options, ctx);
        List<BenchClip> analysisClips = new ArrayList<>();
        for (BenchClip clip : AnalysisBench.clips(options)) {
            analysisClips.add(BenchClips.ensure(clip, ctx));
        }
        BenchClip heapBase = analysisClips.get(0);
        Optional<Path> longClip = options.heap()
                ? HeapBench.longClip(heapBase, options.heapMinutes(), ctx) : Optional.empty();
        CacheDirectory cache = new CacheDirectory(options.work());
        Map<Path, OpenedVideo> opened = new LinkedHashMap<>();
        List<BenchReport.ClipSummary> summaries = new ArrayList<>();
        List<OpenedVideo> videos = new ArrayList<>();
        for (BenchClip clip : clips) {
            videos.add(open(clip.file(), clip.label(), clip.gop(), cache, opened, summaries, ctx));
        }
        List<OpenedVideo> analysisVideos = new ArrayList<>();
        for (BenchClip clip : analysisClips) {
            analysisVideos.add(open(clip.file(), clip.label(), clip.gop(), cache, opened, summaries, ctx));
        }
        OpenedVideo longVideo = longClip.isPresent()
                ? open(longClip.get(), heapBase.label() + " looped", heapBase.gop(), cache, opened, summaries, ctx)
                : null;
        List<BenchRow> rows = new ArrayList<>();
        CpuShare phase = CpuShare.now();
        for (int i = 0; i < clips.size(); i++) {
            rows.addAll(DecodeBench.run(videos.get(i), clips.get(i).label(), ctx));
        }
        ctx.noteOthers("the decode runs", phase);
        OpenedVideo main = videos.get(0);
        String label = clips.get(0).label();
        phase = CpuShare.now();
        rows.addAll(SeekBench.run(main, label, ctx));
        rows.addAll(StepBench.run(main, label, ctx));
        rows.addAll(ProxySeekBench.run(main, label, cache, ctx));
        ctx.noteOthers("the seeks", phase);
        phase = CpuShare.now();
        rows.addAll(PlaybackBench.run(main, label, ctx));
        ctx.noteOthers("playback", phase);
        rows.addAll(WindowPlaybackBench.run(clips.get(0).file(), label, ctx));
        phase = CpuShare.now();
        for (int i = 0; i < analysisClips.size(); i++) {
            BenchClip clip = analysisClips.get(i);
            rows.addAll(AnalysisBench.run(analysisVideos.get(i), clip.label(), AnalysisBench.target(clip), model, ctx));
        }
        ctx.noteOthers("the analysis runs", phase);
        if (longVideo != null) {
            phase = CpuShare.now();
            rows.addAll(HeapBench.run(longVideo, HeapBench.label(heapBase.label(), longVideo), model, ctx));
            ctx.noteOthers("the heap run", phase);
        }
        if (options.store()) {
            phase = CpuShare.now();
            rows.addAll(new StoreBench(StoreBench.Sizes.DESIGN, Path.of(System.getProperty("java.io.tmpdir")))
                    .run(ctx));
            ctx.noteOthers("the label-store runs", phase);
        }
        rows.addAll(TimelineBench.run(ctx));
        rows.addAll(CameraBench.run(clips.get(0), ctx));
        if (options.export()) {
            rows.addAll(exportRows(cache, opened, summaries, ctx));
        }
        List<String> notes = new ArrayList<>(explanations(options, model));
        notes.addAll(ctx.notes());
        return new BenchReport(MachineInfo.detect(), load(loadBefore), options.threads(), summaries, peer.status(),
                rows, notes);
    }

    static String load(double before) {
        return String.format(Locale.ROOT, "1-minute load average %.2f before the run (above about 0.5, other work "
                + "was using the cores), %.2f after it (the bench's own work included)", before,
                MachineInfo.loadAverage());
    }

    /** The rally cuts and dataset exports on the rendered match, rendered first if an earlier run did not. */
    private static List<BenchRow> exportRows(CacheDirectory cache, Map<Path, OpenedVideo> opened,
                                             List<BenchReport.ClipSummary> summaries, BenchContext ctx)
            throws IOException, VideoOpenException, InterruptedException {
        BenchClip clip = BenchClips.ensure(ExportMatch.clip(ctx.options()), ctx);
        String label = ExportMatch.label(clip);
        OpenedVideo video = open(clip.file(), label, clip.gop(), cache, opened, summaries, ctx);
        Optional<LabelSet> truth = ExportMatch.truth(clip, video, ctx);
        return truth.isPresent() ? ExportMatch.run(video, truth.get(), label, ctx) : List.of();
    }

    /** Indexes a clip once, however many measurements use it, and lists it in the report. */
    private static OpenedVideo open(Path file, String label, int gop, CacheDirectory cache,
                                    Map<Path, OpenedVideo> opened, List<BenchReport.ClipSummary> summaries,
                                    BenchContext ctx) throws IOException, VideoOpenException {
        OpenedVideo known = opened.get(file);
        if (known != null) {
            return known;
        }
        ctx.say("indexing %s...", file.getFileName());
        OpenedVideo video = new VideoProbe(cache, ctx.threads()).open(file, ProgressListener.NONE);
        opened.put(file, video);
        summaries.add(new BenchReport.ClipSummary(label, file, Files.size(file), video.facts().codec(),
                video.facts().width(), video.facts().height(), video.facts().frameCount(),
                video.facts().fps().toDouble(), gop, video.index().keyFrameCount()));
        return video;
    }

    private static List<String> explanations(BenchOptions o, BenchModel model) {
        String n = Integer.toString(o.threads());
        List<String> lines = new ArrayList<>(List.of(
                RATIO_EXPLANATION,
                DecodeBench.explanation(o.threads()),
                "seek cold: VideoDecoder.read at " + o.seeks() + " random frames (seed " + o.seed() + "), each far "
                        + "from the last, so every read seeks to the key frame and decodes on to the exact frame.",
                "neighbouring-frame step: FrameServer request of frame n±1 after the idle prefetch around n has "
                        + "finished, until the frame is copied into a display buffer.",
                "proxy seek: VideoDecoder.read at random frames of the intra-only scrubbing proxy, one thread.",
                "playback: FrameServer + PlaybackClock + PlaybackPump ticked at 60 Hz, each shown frame copied into "
                        + "a display buffer with a 15-dot trail and a ring painted over it; " + PlaybackBench.FRAMES_AHEAD
                        + " frames decoded ahead.",
                "analysis: BallAnalyzer.run over the whole clip with " + model.analyzer().describe() + " ("
                        + model.how() + "), no result cache, " + n + " decoder threads: decoding at the analyzer's "
                        + "size, input preparation, the model, the tracker and the events; beside it 'decode only', "
                        + "the full decode of the same file to BGRA as in the decode rows; the ratio is analysis "
                        + "÷ decode. CPU time per frame is the whole process's, so it counts the model's threads too.",
                "heap: the " + AnalysisBench.clips(o).get(0).label() + " clip looped with ffmpeg stream copy to "
                        + "about " + HeapBench.minutes(o.heapMinutes()) + " (--heap-minutes) and analysed the same "
                        + "way; heap in use after System.gc() at the start, at the end (the result still held) and "
                        + "at samples taken from the progress callback on the way; 'max' is the most of these, "
                        + "'slope' their growth per hour of video fitted over the samples; flat means end − start ≤ "
                        + Units.format(HeapBench.FLAT_MIB, Units.MIB) + "."));
        if (!model.shipped()) {
            lines.add("the analysis target (≥ " + Units.format(AnalysisBench.TARGET_FPS_720, Units.FPS) + " at 720p) "
                    + "is the shipped model's (" + BundledModels.DEFAULT_BALL + "); this run measured "
                    + model.name() + ", so its verdict says only whether " + model.name() + " reaches it.");
        }
        if (!o.heap()) {
            lines.add("heap: not measured (--skip-heap).");
        }
        if (o.store()) {
            StoreBench.Sizes s = StoreBench.Sizes.DESIGN;
            lines.add(String.format(Locale.ROOT, "label store, in a throw-away project in the system's temp "
                    + "folder: ModelRuns.writeBall of %,d samples in one run; Project.open of that file (its "
                    + "integrity check included) plus Labels.ball of frame 0; Labels.ball of %,d frames at %d random "
                    + "offsets with %.0f %% of the frames labelled by hand; %d LabelEditor.setBall edits at random "
                    + "frames, one after another, each timed from the call until its future completes (committed "
                    + "to disk), while another run writes %,d-sample chunks back to back. Targets from the design; "
                    + "no peer.", s.samples(), s.window(), s.queries(), 100 * s.humanShare(), s.edits(), s.chunk()));
        } else {
            lines.add("label store: not measured (--skip-store).");
        }
        lines.add("timeline redraw: TimelinePainter.paint, every lane (ruler, rallies, events, ball confidence as the "
                + "min and max of each pixel column's frames, game-state curve, playhead) into a " + TimelineBench.WIDTH
                + "-px pixel buffer, without a screen (the window draws the same calls on a JavaFX canvas); "
                + "target from the issue; no peer.");
        lines.add("virtual camera: CameraPlanner with the default settings over the true ball of the first clip (the "
                + "renderer's truth file beside it), against CentringCamera (the ball centred every frame at the same "
                + "zoom) and FixedWideCamera; jerk is the mean length of the crop centre's third difference; the "
                + "scrub is CameraPreview.crop at random frames once its saved states reach the end. Targets: the "
                + "issue's (ball inside ≥ 99 %, jerk ≤ 0.2 × centring); the scrub's is one 60 Hz frame.");
        if (o.export()) {
            lines.addAll(ExportMatch.explanations(o));
        } else {
            lines.add("rally cut and dataset export: not measured (--skip-export).");
        }
        if (o.peerSeeks()) {
            lines.add(3, SeekBench.peerExplanation(o.threads()));
        }
        return lines;
    }
}
