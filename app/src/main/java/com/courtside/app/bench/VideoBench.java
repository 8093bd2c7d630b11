package com.courtside.app.bench;

import com.courtside.export.cut.CutException;
import com.courtside.export.cut.CutOptions;
import com.courtside.export.cut.RallyCutter;
import com.courtside.inference.video.CacheDirectory;
import com.courtside.inference.video.Ffmpeg;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.inference.video.VideoProbe;
import com.courtside.timeline.Rally;
import com.courtside.timeline.task.ProgressListener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark on the user's own videos ({@code courtside bench VIDEO…}): per video, sequential decoding beside
 * the bundled ffmpeg on the same file, cold exact seeks beside one ffmpeg process per seek, and ball analysis end
 * to end beside decoding alone. A long video is measured on its first seconds: Courtside's own cutter copies them,
 * without re-encoding, into the work folder, every measurement of the video runs on that one file, and it is
 * removed afterwards. One instance serves a whole batch; {@link #report} joins the videos into one table.
 */
public final class VideoBench {

    public static final double DEFAULT_SECONDS = 60;
    private static final int STAGES = 4;

    /**
     * One video's share of the report: what was measured, its rows (each naming the video), its notes, and a line
     * with its main figures for the batch summary.
     */
    public record Result(BenchReport.ClipSummary clip, List<BenchRow> rows, List<String> notes, String headline) {
    }

    private final BenchOptions options;
    private final double seconds;
    private final BenchModel model;
    private final FfmpegPeer peer;
    private final double loadBefore;

    private VideoBench(BenchOptions options, double seconds, BenchModel model, FfmpegPeer peer, double loadBefore) {
        this.options = options;
        this.seconds = seconds;
        this.model = model;
        this.peer = peer;
        this.loadBefore = loadBefore;
    }

    /**
     * Notes the machine's load and finds the peer, before any video is touched.
     *
     * @param seconds how much of each video to measure, from its start; 0 for the whole video
     */
    public static VideoBench prepare(BenchOptions options, double seconds, BenchModel model) {
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("--video-seconds must be 0 (the whole video) or more, not " + seconds);
        }
        double load = MachineInfo.loadAverage();
        Ffmpeg.init();
        return new VideoBench(options, seconds, model, FfmpegPeer.locate(), load);
    }

    public String peerStatus() {
        return peer.status();
    }

    /**
     * Measures one video.
     *
     * @param label    how the rows name the video, usually its file name
     * @param progress told which stage runs, with the latest progress line as its message
     * @throws VideoOpenException when the video cannot be opened or read
     * @throws CutException       when its first seconds cannot be copied into the work folder
     */
    public Result run(Path video, String label, ProgressListener progress)
            throws VideoOpenException, CutException, IOException {
        Stages stages = new Stages(progress);
        BenchContext ctx = new BenchContext(options, peer, stages::say);
        stages.next("opening " + label);
        OpenedVideo source = new VideoProbe(new CacheDirectory(options.work()), options.threads())
                .openFast(video, ProgressListener.NONE);
        int frames = framesToMeasure(source);
        Path part = frames < source.facts().frameCount() ? copyStart(source, frames, ctx) : null;
        try {
            OpenedVideo measured = new VideoProbe(part == null ? new CacheDirectory(options.work()) : null,
                    options.threads()).open(part == null ? video : part, ProgressListener.NONE);
            if (part != null) {
                ctx.note(String.format(Locale.ROOT, "%s: measured on its first %s (%,d of %,d frames), copied "
                                + "without re-encoding by Courtside's cutter; --video-seconds 0 measures all of it",
                        label, Units.format(seconds, Units.SECONDS), measured.facts().frameCount(),
                        source.facts().frameCount()));
            }
            List<BenchRow> rows = measure(measured, label, stages, ctx);
            stages.done();
            return new Result(summary(video, part != null, measured, label),
                    rows.stream().map(r -> r.onVideo(video)).toList(), notes(label, ctx), headline(measured, rows));
        } finally {
            if (part != null) {
                Files.deleteIfExists(part);
            }
        }
    }

    private List<BenchRow> measure(OpenedVideo video, String label, Stages stages, BenchContext ctx)
            throws VideoOpenException {
        List<BenchRow> rows = new ArrayList<>();
        stages.next("decoding " + label);
        CpuShare phase = CpuShare.now();
        rows.addAll(DecodeBench.run(video, label, ctx));
        ctx.noteOthers("the decode runs of " + label, phase);
        stages.next("seeking in " + label);
        rows.addAll(SeekBench.run(video, label, "seek cold " + label + ", mean GOP " + meanGop(video), ctx));
        stages.next("analysing " + label);
        phase = CpuShare.now();
        rows.addAll(AnalysisBench.run(video, label, Target.NONE, model, ctx));
        ctx.noteOthers("the analysis of " + label, phase);
        return rows;
    }

    /** All of the video's frames, or those of its first {@link #seconds}. */
    int framesToMeasure(OpenedVideo video) {
        int all = video.facts().frameCount();
        if (seconds == 0) {
            return all;
        }
        return (int) Math.max(1, Math.min(all, Math.round(seconds * video.facts().fps().toDouble())));
    }

    /** The video's first {@code frames} frames, stream-copied into the work folder by Courtside's own cutter. */
    private Path copyStart(OpenedVideo video, int frames, BenchContext ctx) throws CutException, IOException {
        Path name = video.facts().path().getFileName();
        String file = name == null ? "video.mp4" : name.toString();
        int dot = file.lastIndexOf('.');
        String stem = dot > 0 ? file.substring(0, dot) : file;
        String extension = dot > 0 ? file.substring(dot) : ".mp4";
        Path target = Files.createDirectories(options.work().resolve("videos"))
                .resolve(stem + "-first-" + frames + "-frames" + extension);
        ctx.say("copying the first %d frames of %s (no re-encode)...", frames, file);
        RallyCutter.cut(video, List.of(new Rally(0, frames - 1)), target, CutOptions.defaults().withPadding(0),
                ProgressListener.NONE);
        return target;
    }

    private BenchReport.ClipSummary summary(Path video, boolean part, OpenedVideo measured, String label)
            throws IOException {
        var f = measured.facts();
        String what = label + (part ? ", first " + Units.format(seconds, Units.SECONDS) : "");
        return new BenchReport.ClipSummary(what, video, Files.size(video), f.codec(), f.width(), f.height(),
                f.frameCount(), f.fps().toDouble(), meanGop(measured), measured.index().keyFrameCount());
    }

    /** "1280×720, 1,800 frames: decode 412.3 fps (ffmpeg → bgra 398.1 fps), analysis 95.2 fps". */
    private static String headline(OpenedVideo video, List<BenchRow> rows) {
        BenchRow decode = rows.get(0);
        BenchRow analysis = rows.stream().filter(r -> AnalysisBench.DECODE_ONLY.equals(r.peerLabel())
                && Units.FPS.equals(r.unit())).findFirst().orElseThrow();
        return String.format(Locale.ROOT, "%d×%d, %,d frames: decode %s (%s %s), analysis %s",
                video.facts().width(), video.facts().height(), video.facts().frameCount(), decode.valueText(),
                decode.peerLabel(), decode.peerValue() == null ? "unavailable" : Units.format(decode.peerValue(),
                        Units.FPS), analysis.valueText());
    }

    private static int meanGop(OpenedVideo video) {
        return (int) Math.round(video.facts().frameCount() / (double) Math.max(1, video.index().keyFrameCount()));
    }

    /** The video's notes, each naming the video, as they stand under a table of several. */
    private static List<String> notes(String label, BenchContext ctx) {
        return ctx.notes().stream().map(n -> n.contains(label) ? n : label + ": " + n).toList();
    }

    /** The videos' rows in one table, with the notes that explain it and then each video's own. */
    public BenchReport report(List<Result> results) {
        List<String> notes = new ArrayList<>(explanations());
        results.forEach(r -> notes.addAll(r.notes()));
        return new BenchReport(MachineInfo.detect(), BenchRunner.load(loadBefore), options.threads(),
                results.stream().map(Result::clip).toList(), peer.status(),
                results.stream().flatMap(r -> r.rows().stream()).toList(), notes);
    }

    private List<String> explanations() {
        List<String> lines = new ArrayList<>();
        lines.add(BenchRunner.RATIO_EXPLANATION);
        lines.add("each video is measured on " + (seconds == 0 ? "all of it (--video-seconds 0)"
                : "its first " + Units.format(seconds, Units.SECONDS) + " (--video-seconds; 0 for all of it), "
                + "copied without re-encoding by Courtside's cutter into the work folder when the video is longer "
                + "and removed afterwards") + "; its decode, seek and analysis rows all run on that same file, "
                + "Courtside and the peer alike. Best of " + options.repeat() + " decode runs (--repeat).");
        lines.add(DecodeBench.explanation(options.threads()));
        lines.add("seek cold: VideoDecoder.read at " + options.seeks() + " random frames (seed " + options.seed()
                + "), each far from the last, so every read seeks to the key frame and decodes on to the exact "
                + "frame; mean GOP = frames ÷ key frames. Target: the design goal for exact seeks.");
        if (options.peerSeeks()) {
            lines.add(SeekBench.peerExplanation(options.threads()));
        }
        lines.add("analysis: BallAnalyzer.run over the measured part with " + model.analyzer().describe() + " ("
                + model.how() + "), no result cache, " + options.threads() + " decoder threads; beside it 'decode "
                + "only', the full decode of the same file to BGRA; the ratio is analysis ÷ decode. No target: "
                + "the design states one for a rendered 720p30 clip (`courtside bench` without videos).");
        return lines;
    }

    /** One video's progress: which stage runs, with the latest progress line as the message. */
    private static final class Stages {
        private final ProgressListener listener;
        private int stage = -1;

        Stages(ProgressListener listener) {
            this.listener = listener;
        }

        void next(String message) {
            stage++;
            say(message);
        }

        void say(String line) {
            listener.progress(Math.max(0, stage), STAGES, line);
        }

        void done() {
            listener.progress(STAGES, STAGES, "done");
        }
    }
}
