package com.courtside.app.cli;

import com.courtside.app.bench.BenchReport;
import com.courtside.app.bench.VideoBench;
import com.courtside.app.cli.batch.Batch;
import com.courtside.app.cli.batch.BatchSummary;
import com.courtside.export.cut.CutException;
import com.courtside.inference.analysis.ModelRunException;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.timeline.task.ProgressListener;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code courtside bench VIDEO…}: the benchmark on the user's videos as a batch. A progress bar per video on
 * stderr; a video that cannot be read is reported and the others are measured; then one table of every video's
 * rows, the batch summary, and the exit code of the first failure.
 */
final class BenchVideos {

    private final VideoBench bench;
    private final Path work;

    BenchVideos(VideoBench bench, Path work) {
        this.bench = bench;
        this.work = work;
    }

    int run(List<Path> videos, Path json, PrintWriter out, PrintWriter err) {
        err.println("bench: " + bench.peerStatus());
        err.flush();
        Map<Path, String> labels = labels(videos);
        List<VideoBench.Result> results = new ArrayList<>();
        BatchSummary summary = Batch.run(videos, err, (video, progress) -> {
            VideoBench.Result result = measure(video, labels.get(video), progress);
            results.add(result);
            return Batch.Outcome.done(result.headline());
        });
        BenchReport report = bench.report(results);
        if (!results.isEmpty()) {
            out.print(report.text());
            out.println();
        }
        summary.print(out);
        out.flush();
        if (json != null) {
            writeJson(json, report, summary);
        }
        return summary.exitCode();
    }

    private VideoBench.Result measure(Path video, String label, ProgressListener progress) {
        try {
            return bench.run(video, label, progress);
        } catch (VideoOpenException e) {
            throw new CommandFailure(ExitCodes.INPUT, e.getMessage(), e);
        } catch (CutException e) {
            boolean source = e.problem() == CutException.Problem.SOURCE;
            throw new CommandFailure(source ? ExitCodes.INPUT : ExitCodes.OUTPUT, "cannot copy the start of "
                    + video.getFileName() + " into " + work + " to measure it: " + e.getMessage()
                    + (source ? " Measure all of it with --video-seconds 0." : ""), e);
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.OUTPUT, "cannot write in the bench work folder " + work + ": "
                    + e.getMessage() + "; choose another with --work DIR", e);
        } catch (ModelRunException e) {
            throw new CommandFailure(ExitCodes.RUNTIME, e.getMessage(), e);
        }
    }

    /** The report's JSON with each video's outcome beside it, failures included. */
    private static void writeJson(Path file, BenchReport report, BatchSummary summary) {
        Map<String, Object> root = report.json();
        root.put("videos", summary.rows().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("video", Path.of(r.input()).toAbsolutePath().toString());
            m.put("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
            m.put("result", r.detail());
            m.put("seconds", r.seconds());
            m.put("exitCode", r.exitCode());
            return m;
        }).toList());
        try {
            BenchReport.writeJson(file, root);
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.OUTPUT, "cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Each video's name in the rows: its file name, or the path as given where two share a file name. */
    static Map<Path, String> labels(List<Path> videos) {
        Map<String, Integer> uses = new HashMap<>();
        videos.stream().distinct().forEach(v -> uses.merge(fileName(v), 1, Integer::sum));
        Map<Path, String> labels = new HashMap<>();
        for (Path v : videos) {
            labels.put(v, uses.get(fileName(v)) > 1 ? v.toString() : fileName(v));
        }
        return labels;
    }

    private static String fileName(Path video) {
        return video.getFileName() == null ? video.toString() : video.getFileName().toString();
    }
}
