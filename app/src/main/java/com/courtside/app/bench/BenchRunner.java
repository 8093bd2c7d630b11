package com.courtside.app.bench;

import com.courtside.inference.video.CacheDirectory;
import com.courtside.inference.video.Ffmpeg;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.inference.video.VideoProbe;
import com.courtside.timeline.task.ProgressListener;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the whole benchmark: keeps the clips, finds the peer, and measures decoding on every clip, then seeking,
 * stepping, the proxy and playback on the largest clip. Each figure is measured beside its peer in the same run.
 */
public final class BenchRunner {

    private BenchRunner() {
    }

    public static BenchReport run(BenchOptions options, PrintWriter progress)
            throws IOException, VideoOpenException, InterruptedException {
        Ffmpeg.init();
        double loadBefore = MachineInfo.loadAverage();
        FfmpegPeer peer = FfmpegPeer.locate();
        BenchContext ctx = new BenchContext(options, peer, progress);
        ctx.say("%s", peer.status());
        List<BenchClip> clips = BenchClips.ensure(options, ctx);
        CacheDirectory cache = new CacheDirectory(options.work());
        List<OpenedVideo> videos = new ArrayList<>();
        List<BenchReport.ClipSummary> summaries = new ArrayList<>();
        for (BenchClip clip : clips) {
            ctx.say("indexing %s...", clip.file().getFileName());
            OpenedVideo video = new VideoProbe(cache, options.threads()).open(clip.file(), ProgressListener.NONE);
            videos.add(video);
            summaries.add(new BenchReport.ClipSummary(clip.label(), clip.file(), Files.size(clip.file()),
                    video.facts().codec(), video.facts().width(), video.facts().height(), video.facts().frameCount(),
                    video.facts().fps().toDouble(), clip.gop(), video.index().keyFrameCount()));
        }
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
        List<String> notes = new ArrayList<>(explanations(options));
        notes.addAll(ctx.notes());
        String load = String.format(Locale.ROOT, "1-minute load average %.2f before the run (above about 0.5, "
                + "other work was using the cores), %.2f after it (the bench's own work included)", loadBefore,
                MachineInfo.loadAverage());
        return new BenchReport(MachineInfo.detect(), load, options.threads(), summaries, peer.status(), rows, notes);
    }

    private static List<String> explanations(BenchOptions o) {
        String n = Integer.toString(o.threads());
        List<String> lines = new ArrayList<>(List.of(
                "ratio = Courtside's speed ÷ the peer's: frames/s ÷ frames/s, or the peer's time ÷ Courtside's time "
                        + "for latencies; above 1 means Courtside is faster.",
                "decode: Courtside decodes every frame to BGRA through VideoDecoder.next (time includes opening); "
                        + "'ffmpeg → bgra' is `ffmpeg -threads " + n + " -i FILE -pix_fmt bgra -f null -`, the fair "
                        + "peer the ratio and verdict use; 'ffmpeg native' is `ffmpeg -threads " + n
                        + " -i FILE -f null -`, which skips the colour conversion (context only). Peer time is the "
                        + "rtime of ffmpeg -benchmark, without its process start. Runs alternate Courtside, peer. "
                        + "CPU time per frame: Courtside's whole process against ffmpeg's utime + stime; it shows "
                        + "the work done, less swayed by other load than frames/s.",
                "seek cold: VideoDecoder.read at " + o.seeks() + " random frames (seed " + o.seed() + "), each far "
                        + "from the last, so every read seeks to the key frame and decodes on to the exact frame.",
                "neighbouring-frame step: FrameServer request of frame n±1 after the idle prefetch around n has "
                        + "finished, until the frame is copied into a display buffer.",
                "proxy seek: VideoDecoder.read at random frames of the intra-only scrubbing proxy, one thread.",
                "playback: FrameServer + PlaybackClock + PlaybackPump ticked at 60 Hz, each shown frame copied into "
                        + "a display buffer with a 15-dot trail and a ring painted over it; " + PlaybackBench.FRAMES_AHEAD
                        + " frames decoded ahead."));
        if (o.peerSeeks()) {
            lines.add(3, "'ffmpeg -ss, a process each' is `ffmpeg -threads " + n + " -ss T -i FILE -frames:v 1 -f null -` "
                    + "per seek, timed by wall clock, process start included (Courtside does not pay one).");
        }
        return lines;
    }
}
