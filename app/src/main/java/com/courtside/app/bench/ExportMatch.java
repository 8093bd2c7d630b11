package com.courtside.app.bench;

import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.io.TruthJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rendered match the rally-cut and dataset-export rows run on ({@code --cut-minutes} long, at the largest
 * resolution, rendered once and kept like the other clips), with the truth the renderer wrote beside it: its
 * rallies are what is cut, its ball and events what is exported. What the rows write goes into a throw-away folder
 * in the work folder, removed after each measurement.
 */
final class ExportMatch {

    private ExportMatch() {
    }

    static BenchClip clip(BenchOptions o) {
        return BenchClip.of(o.work(), o.resolutions().get(0), o.fps(), o.cutMinutes() * 60, o.gop());
    }

    /** "1080p30 × 10 min"; "360p30 × 15 s" under a minute. */
    static String label(BenchClip clip) {
        return clip.label() + " × " + (clip.seconds() >= 60 ? HeapBench.minutes(clip.seconds() / 60)
                : String.format(Locale.ROOT, "%.0f s", clip.seconds()));
    }

    /** The match's truth, or empty with a note saying why the rows are not measured. */
    static Optional<LabelSet> truth(BenchClip clip, OpenedVideo video, BenchContext ctx) {
        Path file = CameraBench.truthOf(clip);
        try {
            LabelSet truth = TruthJson.readLabels(file);
            if (truth.frameCount() == video.facts().frameCount()) {
                return Optional.of(truth);
            }
            ctx.note("rally cut and dataset export: not measured, " + file.getFileName() + " covers "
                    + truth.frameCount() + " frames but the video has " + video.facts().frameCount());
        } catch (IOException e) {
            ctx.note("rally cut and dataset export: not measured, " + file.getFileName() + " is missing or "
                    + "unreadable (" + e.getMessage() + "); delete " + clip.file().getFileName() + " so the next run "
                    + "renders it again with its truth");
        }
        return Optional.empty();
    }

    /** The rally-cut rows, then the dataset-export rows, each in a throw-away folder of its own. */
    static List<BenchRow> run(OpenedVideo video, LabelSet truth, String label, BenchContext ctx)
            throws IOException, VideoOpenException {
        List<BenchRow> rows = new ArrayList<>();
        Path scratch = Files.createTempDirectory(ctx.options().work(), "export-rows-");
        try {
            CpuShare phase = CpuShare.now();
            rows.addAll(CutBench.run(video, truth.rallies(), label, scratch, ctx));
            ctx.noteOthers("the rally cuts", phase);
            phase = CpuShare.now();
            rows.addAll(ExportBench.run(video, truth, label, scratch, ctx));
            ctx.noteOthers("the dataset exports", phase);
        } finally {
            deleteTree(scratch);
        }
        return rows;
    }

    static List<String> explanations(BenchOptions o) {
        return List.of(CutBench.explanation(o), ExportBench.explanation());
    }

    /** Removes a folder and everything in it; a missing folder is fine. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
