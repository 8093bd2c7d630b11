package com.courtside.app.bench;

import com.courtside.export.dataset.DatasetExportException;
import com.courtside.export.dataset.DatasetExporter;
import com.courtside.export.dataset.DatasetFormat;
import com.courtside.export.dataset.DatasetLabels;
import com.courtside.export.dataset.DatasetOptions;
import com.courtside.export.dataset.DatasetReport;
import com.courtside.export.dataset.DatasetVideo;
import com.courtside.export.dataset.LabelOrigin;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.labeling.store.LayerLabels;
import com.courtside.timeline.LabelSet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The dataset export of a whole labelled match: OpenTTGames with the frames around each event as TTNet reads them
 * (the target: at least 100 of the video's frames per second), and COCO with every frame as a JPEG, the
 * heaviest export. Speed is the video's frame count over the export's wall-clock time, whatever share of the frames
 * becomes a JPEG. There is no program that writes these layouts to compare with; beside each row stands, for
 * context, the bundled ffmpeg decoding the whole file to BGRA with the same threads (as the decode rows run it). The
 * OpenTTGames export decodes only the stretches around the events and converts only the frames it writes, so it can
 * outrun that; COCO converts and encodes every frame.
 */
final class ExportBench {

    static final double TARGET_FPS = 100;
    static final String DECODE_PEER = "ffmpeg → bgra, decode only";

    private ExportBench() {
    }

    static List<BenchRow> run(OpenedVideo video, LabelSet truth, String label, Path scratch, BenchContext ctx)
            throws IOException {
        DatasetVideo labelled = new DatasetVideo(video, DatasetLabels.complete(layer(truth),
                new LabelOrigin("truth", List.of(), "ground truth")));
        DatasetOptions ttnet = DatasetOptions.defaults(DatasetFormat.OPENTTGAMES).withFrames(true)
                .withThreads(ctx.threads());
        Exported tt = export(labelled, ttnet, scratch.resolve("openttgames"), label, ctx);
        DatasetOptions coco = DatasetOptions.defaults(DatasetFormat.COCO).withFrameStep(1).withThreads(ctx.threads());
        Exported every = export(labelled, coco, scratch.resolve("coco"), label, ctx);
        Double decode = null;
        if (ctx.peer() != null && ctx.peer().available()) {
            DecodeBench.Pass pass = new PeerDecode(video, ctx).run(true);
            decode = pass == null ? null : pass.fps();
        }
        int frames = video.facts().frameCount();
        ctx.note(String.format(Locale.ROOT, "dataset export %s: OpenTTGames wrote %d JPEGs (±%d frames of %d "
                        + "bounces and nets) and the ball of all %d frames in %.1f s; COCO wrote %d JPEGs in %.1f s",
                label, tt.report().total("images"), ttnet.eventMargin(),
                tt.report().total("bounce") + tt.report().total("net"), frames, tt.seconds(),
                every.report().total("images"), every.seconds()));
        String ttWhat = String.format(Locale.ROOT, "OpenTTGames export %s, frames ±%d of each event (%d JPEGs)",
                label, ttnet.eventMargin(), tt.report().total("images"));
        String cocoWhat = String.format(Locale.ROOT, "COCO export %s, every frame as JPEG (%d JPEGs)", label,
                every.report().total("images"));
        return List.of(
                BenchRow.own(ttWhat, frames / tt.seconds(), Units.FPS, Target.atLeast(TARGET_FPS, Units.FPS))
                        .withPeer(DECODE_PEER, decode, true),
                BenchRow.own(cocoWhat, frames / every.seconds(), Units.FPS, Target.NONE)
                        .withPeer(DECODE_PEER, decode, true));
    }

    /** The truth as one complete layer of labels: every frame's ball vouched for, its events and rallies. */
    static LayerLabels layer(LabelSet truth) {
        boolean[] all = new boolean[truth.frameCount()];
        Arrays.fill(all, true);
        return new LayerLabels(truth.ball(), all, truth.events(), truth.rallies());
    }

    private record Exported(DatasetReport report, double seconds) {
    }

    private static Exported export(DatasetVideo video, DatasetOptions options, Path target, String label,
                                   BenchContext ctx) throws IOException {
        String name = options.format().wireName();
        ctx.say("dataset export %s: %s...", label, name);
        long start = System.nanoTime();
        DatasetReport report;
        try {
            report = new DatasetExporter().export(List.of(video), target, options,
                    new TenthsProgress(name + " export", ctx));
        } catch (DatasetExportException e) {
            throw new IOException("the " + name + " export of " + label + " failed: " + e.getMessage(), e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        ctx.say("%s: %d frames in %.1f s = %.1f fps, %d files", name, video.video().facts().frameCount(), seconds,
                video.video().facts().frameCount() / seconds, report.files());
        ExportMatch.deleteTree(report.folder());
        return new Exported(report, seconds);
    }

    static String explanation() {
        return "dataset export: DatasetExporter.export of the match with its truth as complete labels (every frame's "
                + "ball, the events and rallies); frames/s = the video's frame count ÷ the export's wall-clock "
                + "time, the manifest and the move into place included. OpenTTGames with frames (TTNet's layout: ball "
                + "and event JSON, JPEGs of the frames within ±" + DatasetOptions.DEFAULT_EVENT_MARGIN + " of each "
                + "bounce and net); COCO with frame step 1 (a JPEG of every frame, the format with an every-frame "
                + "option), no target. JPEG quality 95 by OpenCV on one worker thread per core beside the decoder. "
                + "No program writes these layouts, so there is no peer to race; '" + DECODE_PEER + "' is `ffmpeg "
                + "-threads N -i FILE -pix_fmt bgra -f null -` on the same file, one run after the exports, for context "
                + "(not a race: the OpenTTGames export decodes only around the events and converts only the frames it "
                + "writes, so it can outrun a full decode); the ratio is the export's speed ÷ that decode's.";
    }
}
