package com.courtside.app.bench;

import com.courtside.export.cut.CutException;
import com.courtside.export.cut.CutMode;
import com.courtside.export.cut.CutOptions;
import com.courtside.export.cut.CutReport;
import com.courtside.export.cut.FfmpegCutPeer;
import com.courtside.export.cut.RallyCutter;
import com.courtside.inference.video.Ffmpeg;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.timeline.Rally;
import com.courtside.timeline.task.ProgressListener;
import org.bytedeco.javacpp.Loader;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The rally cut of a whole match into one reel, by stream copy and by re-encode, each beside the bundled ffmpeg
 * making the same cut ({@link FfmpegCutPeer}: the same segments, the same encoder and settings). Courtside is timed
 * on a video already opened, as a user cuts a match the workstation has indexed; the peer needs no index. Runs
 * alternate Courtside, peer; a failed peer leaves its figure unavailable and is noted.
 */
final class CutBench {

    static final double TARGET_RATIO = 0.8;
    static final String COPY_PEER = "ffmpeg -c copy, same segments";
    static final String REENCODE_PEER = "ffmpeg, same encoder and settings";

    /** One cut by Courtside: what it wrote and the wall-clock seconds of the call. */
    private record Timed(CutReport report, double seconds) {
    }

    /** One cut by the peer, returning its wall-clock seconds. */
    @FunctionalInterface
    private interface PeerCut {
        double run() throws IOException, CutException;
    }

    private CutBench() {
    }

    static List<BenchRow> run(OpenedVideo video, List<Rally> rallies, String label, Path scratch, BenchContext ctx)
            throws IOException {
        if (rallies.isEmpty()) {
            ctx.note("rally cut: not measured, the truth of " + label + " has no rallies");
            return List.of();
        }
        FfmpegCutPeer peer = peer(ctx);
        List<BenchRow> rows = new ArrayList<>();
        rows.add(copyRow(video, rallies, label, peer, scratch, ctx));
        rows.add(reencodeRow(video, rallies, label, peer, scratch, ctx));
        return rows;
    }

    private static BenchRow copyRow(OpenedVideo video, List<Rally> rallies, String label, FfmpegCutPeer peer,
                                    Path scratch, BenchContext ctx) throws IOException {
        CutOptions options = CutOptions.defaults();
        Path ours = scratch.resolve("cut-copy.mp4");
        Path theirs = scratch.resolve("peer-copy.mp4");
        Timed best = null;
        Double peerBest = null;
        for (int i = 0; i < ctx.options().repeat(); i++) {
            ctx.say("rally cut %s: stream copy of %d rallies with Courtside...", label, rallies.size());
            Timed t = cut(video, rallies, ours, options, label, ctx);
            ctx.say("Courtside: %.3f s", t.seconds());
            best = best == null || t.seconds() < best.seconds() ? t : best;
            if (peer != null) {
                FfmpegCutPeer program = peer;
                ctx.say("rally cut %s: stream copy with %s...", label, COPY_PEER);
                Double p = peerSeconds(() -> program.copy(video, t.report(), theirs), "stream copy", ctx);
                if (p == null) {
                    peer = null;
                } else {
                    ctx.say("ffmpeg: %.3f s", p);
                    peerBest = peerBest == null ? p : Math.min(peerBest, p);
                }
            }
            Files.deleteIfExists(ours);
            Files.deleteIfExists(theirs);
        }
        CutReport report = best.report();
        ctx.note(String.format(Locale.ROOT, "rally cut %s, stream copy: %d segment(s), %d frames written (%.1f s); "
                        + "each starts at the key frame at or before its padded rally, at most %.1f s early", label,
                report.segments().size(), report.framesWritten(), report.durationSeconds(), report.maxSnapSeconds()));
        String what = String.format(Locale.ROOT, "rally cut %s, stream copy, %s (%.0f s of output)", label,
                all(rallies.size()), report.durationSeconds());
        return BenchRow.own(what, best.seconds() * 1000, Units.MS, Target.ratioAtLeast(TARGET_RATIO))
                .withPeer(COPY_PEER, peerBest == null ? null : peerBest * 1000, false);
    }

    private static BenchRow reencodeRow(OpenedVideo video, List<Rally> rallies, String label, FfmpegCutPeer peer,
                                        Path scratch, BenchContext ctx) throws IOException {
        CutOptions defaults = CutOptions.defaults();
        List<Integer> chosen = firstRallies(rallies, ctx.options().cutReencodeSeconds(), defaults.paddingSeconds(),
                video.facts().fps().toDouble());
        CutOptions options = defaults.withMode(CutMode.REENCODE).withSelected(chosen);
        int count = chosen.isEmpty() ? rallies.size() : chosen.size();
        ctx.say("rally cut %s: re-encode of %d of %d rallies with Courtside...", label, count, rallies.size());
        Timed t = cut(video, rallies, scratch.resolve("cut-reencode.mp4"), options, label, ctx);
        ctx.say("Courtside: %.1f s for %d frames", t.seconds(), t.report().framesWritten());
        Double p = null;
        if (peer != null) {
            ctx.say("rally cut %s: re-encode with %s...", label, REENCODE_PEER);
            p = peerSeconds(() -> peer.reencode(video, t.report(), options.quality(), scratch.resolve("peer.mp4")),
                    "re-encode", ctx);
            if (p != null) {
                ctx.say("ffmpeg: %.1f s", p);
            }
        }
        CutReport report = t.report();
        String which = chosen.isEmpty() ? all(rallies.size()) : "first " + count + " of " + rallies.size() + " rallies";
        String what = String.format(Locale.ROOT, "rally cut %s, re-encode %s %s, %s (%.0f s of output)", label,
                report.videoCodec(), options.quality().name(), which, report.durationSeconds());
        report.notes().forEach(n -> ctx.note("rally cut " + label + ", re-encode: " + n));
        return BenchRow.own(what, t.seconds(), Units.SECONDS, Target.ratioAtLeast(TARGET_RATIO))
                .withPeer(REENCODE_PEER, p, false);
    }

    private static String all(int rallies) {
        return rallies == 1 ? "its 1 rally" : "all " + rallies + " rallies";
    }

    /**
     * Indices of the first rallies in time whose padded lengths add up to at least {@code seconds}; empty (every
     * rally) when {@code seconds} is 0 or they all are needed.
     */
    static List<Integer> firstRallies(List<Rally> rallies, double seconds, double padding, double fps) {
        if (seconds <= 0) {
            return List.of();
        }
        List<Integer> order = IntStream.range(0, rallies.size()).boxed()
                .sorted(Comparator.comparingInt(i -> rallies.get(i).startFrame())).toList();
        List<Integer> out = new ArrayList<>();
        double total = 0;
        for (int i : order) {
            out.add(i);
            total += rallies.get(i).length() / fps + 2 * padding;
            if (total >= seconds) {
                break;
            }
        }
        return out.size() == rallies.size() ? List.of() : out;
    }

    private static Timed cut(OpenedVideo video, List<Rally> rallies, Path out, CutOptions options, String label,
                             BenchContext ctx) throws IOException {
        Files.deleteIfExists(out);
        long start = System.nanoTime();
        try {
            TenthsProgress tenths = new TenthsProgress(label, ctx);
            ProgressListener frames = (done, total, message) -> tenths.progress(done, total,
                    message + ", " + done + " of " + total + " frames");
            CutReport report = RallyCutter.cut(video, rallies, out, options, frames);
            return new Timed(report, (System.nanoTime() - start) / 1e9);
        } catch (CutException e) {
            throw new IOException("the rally cut of " + video.facts().path().getFileName() + " failed: "
                    + e.getMessage(), e);
        }
    }

    private static Double peerSeconds(PeerCut cut, String what, BenchContext ctx) {
        try {
            return cut.run();
        } catch (IOException | CutException e) {
            ctx.note("rally cut, " + what + ": the bundled ffmpeg failed, so the peer is unavailable: "
                    + e.getMessage());
            return null;
        }
    }

    /** The cut peer on the same bundled program as {@link FfmpegPeer}, or null when there is none. */
    private static FfmpegCutPeer peer(BenchContext ctx) {
        if (ctx.peer() == null || !ctx.peer().available()) {
            return null;
        }
        try {
            File file = Loader.cacheResource(org.bytedeco.ffmpeg.ffmpeg.class, Loader.getPlatform() + "/ffmpeg");
            return new FfmpegCutPeer(file != null ? file.toPath() : Ffmpeg.executable());
        } catch (IOException | RuntimeException | LinkageError e) {
            ctx.note("rally cut: the bundled ffmpeg could not be found for the peer: " + e);
            return null;
        }
    }

    static String explanation(BenchOptions o) {
        return "rally cut: RallyCutter.cut of the match's true rallies (the renderer's truth file) into one reel "
                + "with 1 s of padding, timed from the call on a video already opened (opening and indexing it are "
                + "not in the time); the peer is the bundled ffmpeg making the same cut (FfmpegCutPeer): stream "
                + "copy with the concat demuxer and an in and out point per segment, `-c copy`; re-encode with one "
                + "accurately seeked input per segment joined by the concat filter and encoded with the cutter's "
                + "encoder, bit rate and key-frame spacing; its time is the process's wall clock, its start "
                + "included. ratio = the peer's seconds ÷ Courtside's. Stream copy cuts every rally, best of "
                + o.repeat() + " runs each (--repeat), alternating; the re-encode cuts "
                + (o.cutReencodeSeconds() > 0 ? "the first rallies that make at least "
                        + Units.format(o.cutReencodeSeconds(), Units.SECONDS) + " of output (--cut-reencode-seconds; "
                        + "0 for all)" : "every rally (--cut-reencode-seconds 0)")
                + ", one run each. The rendered match has no audio track.";
    }
}
