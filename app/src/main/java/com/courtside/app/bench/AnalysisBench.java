package com.courtside.app.bench;

import com.courtside.inference.analysis.AnalysisResult;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoOpenException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Ball analysis end to end ({@code BallAnalyzer.run} over the whole clip, no result cache: decoding at the
 * analyzer's size, preparing the input, the model or classical detector, the tracker and the events), beside a full
 * decode of the same file to BGRA as the decode rows measure it. Their ratio says how much of the decoder's speed
 * the analysis keeps; with the model on CUDA it should be limited by decoding alone.
 */
final class AnalysisBench {

    /** The design's number: the shipped ball model on 2 CPU cores analyses 720p30 at least in real time. */
    static final double TARGET_FPS_720 = 30;
    static final String DECODE_ONLY = "decode only";

    private AnalysisBench() {
    }

    /** The clips analysed: 720p30, where the design sets its target, and 1080p60, the heaviest common footage. */
    static List<BenchClip> clips(BenchOptions o) {
        return List.of(BenchClip.of(o.work(), 720, 30, o.seconds(), o.gop()),
                BenchClip.of(o.work(), 1080, 60, o.seconds(), o.gop()));
    }

    /** The target of a clip's analysis row: the design states one for 720p only. */
    static Target target(BenchClip clip) {
        return clip.height() == 720
                ? Target.atLeast(TARGET_FPS_720, Units.FPS).withRemark("shipped model, 2 cores")
                : Target.NONE;
    }

    static List<BenchRow> run(OpenedVideo video, String label, Target target, BenchModel model, BenchContext ctx)
            throws VideoOpenException {
        DecodeBench.Pass decode = null;
        for (int i = 0; i < ctx.options().repeat(); i++) {
            ctx.say("decoding %s for the analysis rows (%d threads)...", label, ctx.threads());
            decode = DecodeBench.Pass.best(decode, DecodeBench.decodeAll(video, ctx));
        }
        ctx.say("analysing %s with %s (%d decoder threads)...", label, model.analyzer().describe(), ctx.threads());
        long cpuStart = DecodeBench.processCpuNanos();
        AnalysisResult result = model.analyzer().run(video, ctx.threads(), new TenthsProgress(label, ctx));
        long cpu = DecodeBench.processCpuNanos() - cpuStart;
        int frames = result.facts().frameCount();
        double fps = result.framesPerSecond();
        ctx.say("%s: %.1f fps end to end, %.1f fps decode only", label, fps, decode.fps());
        String what = "analysis " + label + " end to end, " + model.name();
        List<BenchRow> rows = new ArrayList<>();
        rows.add(BenchRow.own(what, fps, Units.FPS, target).withPeer(DECODE_ONLY, decode.fps(), true));
        if (cpuStart >= 0 && frames > 0) {
            Double decodeCpu = decode.cpuMsPerFrame() < 0 ? null : decode.cpuMsPerFrame();
            rows.add(BenchRow.own("analysis " + label + ", CPU time per frame", cpu / 1e6 / frames, Units.MS,
                    Target.NONE).withPeer(DECODE_ONLY, decodeCpu, false));
        }
        ctx.note(String.format(Locale.ROOT, "analysis %s: %s; ball in %d of %d frames; %s", label,
                result.stages().isKnown() ? result.stages().perFrame(frames) + " (decode: waiting for the "
                        + "decoder thread)" : "no stage split (the classical detector does not time its stages)",
                result.trackedFrames(), frames, result.method()));
        return rows;
    }
}
