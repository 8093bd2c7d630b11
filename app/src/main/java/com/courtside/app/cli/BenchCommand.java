package com.courtside.app.cli;

import com.courtside.app.bench.BenchModel;
import com.courtside.app.bench.BenchOptions;
import com.courtside.app.bench.BenchReport;
import com.courtside.app.bench.BenchRunner;
import com.courtside.app.bench.VideoBench;
import com.courtside.inference.analysis.BallAnalyzer;
import com.courtside.inference.analysis.ModelRunException;
import com.courtside.inference.video.CacheDirectory;
import com.courtside.inference.video.VideoOpenException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code courtside bench}: measures decoding, seeking, playback and ball analysis beside the bundled ffmpeg or the
 * decoder alone, the heap over one long analysis, the label store, and rally cuts and dataset exports beside the
 * bundled ffmpeg, and prints a table. With videos named, measures decoding, seeking and analysis on those instead.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures sequential decoding, exact seeking and playback with overlay on rendered clips, "
                + "each beside the bundled ffmpeg where there is a peer, ball analysis on a 720p30 and a 1080p60 clip "
                + "beside decoding alone, the heap over a long analysis, and the label store (writing, opening, "
                + "querying and editing a large project), and rally cuts and dataset exports of a rendered match "
                + "beside the bundled ffmpeg; prints a table with the targets.",
                "The clips are rendered once and kept in the work folder; later runs reuse them.",
                "With VIDEO arguments (or @LIST, a file naming them), measures those videos instead: per video, "
                        + "sequential decoding beside the bundled ffmpeg on the same file, cold exact seeks beside "
                        + "one ffmpeg process per seek, and ball analysis with --model beside decoding alone, on "
                        + "the first --video-seconds of each. A progress bar per video on stderr; one table of "
                        + "every video's rows and a summary at the end; --json FILE writes the rows with each "
                        + "video's path. A video that cannot be read is reported (exit code 3) and the others "
                        + "are measured. Of the options, --threads, --repeat, --seeks, --seed, --no-peer-seeks, "
                        + "--video-seconds, the model's, --work and --json apply to videos."})
public final class BenchCommand implements Callable<Integer> {

    private static final String ONLY_EXPORT = "export";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "VIDEO", arity = "0..*", description = "Videos to measure instead of the rendered "
            + "clips; @FILE reads them from a file (one a line; quote a path that has spaces).")
    List<Path> videos;

    @Option(names = "--video-seconds", paramLabel = "SECONDS", defaultValue = "60",
            description = "With VIDEO: how much of each video to measure, from its start, copied without "
                    + "re-encoding into the work folder while it is measured; 0 for the whole video "
                    + "(default: ${DEFAULT-VALUE}).")
    double videoSeconds;

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for the clips, indexes and proxies "
            + "(default: <cache>/bench).")
    Path work;

    @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "60",
            description = "Length of each clip (default: ${DEFAULT-VALUE}).")
    double duration;

    @Option(names = "--resolutions", paramLabel = "HEIGHTS", split = ",", defaultValue = "1080,720",
            description = "Clip heights, 16:9; seeking and playback use the largest (default: ${DEFAULT-VALUE}).")
    List<Integer> resolutions;

    @Option(names = "--fps", defaultValue = "30", description = "Frame rate of the clips (default: ${DEFAULT-VALUE}).")
    int fps;

    @Option(names = "--gop", paramLabel = "FRAMES", defaultValue = "250",
            description = "Key frame interval of the clips (default: ${DEFAULT-VALUE}).")
    int gop;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "Decoder threads, for Courtside and ffmpeg alike (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--seeks", paramLabel = "N", defaultValue = "100",
            description = "Random frames per seek measurement (default: ${DEFAULT-VALUE}).")
    int seeks;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the random frames (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--playback-seconds", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long to play the largest clip (default: ${DEFAULT-VALUE}).")
    double playbackSeconds;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "3",
            description = "Decode runs per figure, alternating with the peer, the best of each kept (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--no-peer-seeks", description = "Skip timing one ffmpeg process per seek (the slow peer).")
    boolean noPeerSeeks;

    @Option(names = "--heap-minutes", paramLabel = "MINUTES", defaultValue = "30",
            description = "Length of the looped clip the heap is watched over while it is analysed "
                    + "(default: ${DEFAULT-VALUE}; the run takes about as long as the clip at 30 fps).")
    double heapMinutes;

    @Option(names = "--skip-heap", description = "Skip the long analysis that watches the heap.")
    boolean skipHeap;

    @Option(names = "--skip-store", description = "Skip the label-store measurements (writing, opening, querying "
            + "and editing a throw-away project in the system's temp folder).")
    boolean skipStore;

    @Option(names = "--cut-minutes", paramLabel = "MINUTES", defaultValue = "10",
            description = "Length of the rendered match the rally cuts and dataset exports run on, at the largest "
                    + "resolution (default: ${DEFAULT-VALUE}; rendered once and kept).")
    double cutMinutes;

    @Option(names = "--cut-reencode-seconds", paramLabel = "SECONDS", defaultValue = "60",
            description = "The re-encoded rally cut takes the first rallies that make at least this much output, "
                    + "0 for all of them (default: ${DEFAULT-VALUE}; a whole match takes minutes per side).")
    double cutReencodeSeconds;

    @Option(names = "--skip-export", description = "Skip the rally cuts and dataset exports.")
    boolean skipExport;

    @Option(names = "--only", paramLabel = "PART", description = "Measure only this part, for a quick check: "
            + ONLY_EXPORT + " (the rally cuts and dataset exports).")
    String only;

    @Mixin
    ModelOptions modelOptions;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON to FILE.")
    Path json;

    @Override
    public Integer call() {
        if (only != null && !ONLY_EXPORT.equals(only)) {
            throw new CommandFailure(ExitCodes.CONFIGURATION, "--only takes " + ONLY_EXPORT + ", not '" + only + "'");
        }
        boolean ownVideos = videos != null && !videos.isEmpty();
        if (ownVideos && only != null) {
            throw new CommandFailure(ExitCodes.CONFIGURATION, "--only " + only + " measures the rendered match; "
                    + "leave it out to measure the videos named");
        }
        if (ownVideos && !(videoSeconds >= 0 && videoSeconds < Double.POSITIVE_INFINITY)) {
            throw new CommandFailure(ExitCodes.CONFIGURATION, "--video-seconds must be 0 (the whole video) or more, "
                    + "not " + videoSeconds);
        }
        BenchOptions options;
        try {
            options = new BenchOptions(workFolder(), resolutions, fps, duration, gop, threads, seeks, seed,
                    playbackSeconds, repeat, !noPeerSeeks, heapMinutes, !skipHeap, !skipStore, cutMinutes,
                    cutReencodeSeconds, !skipExport, only != null);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(ExitCodes.CONFIGURATION, e.getMessage());
        }
        // Opened before anything slow, so a wrong --model or --device is refused at once.
        try (BallAnalyzer analyzer = modelOptions.open(CacheDirectory.defaultLocation())) {
            BenchModel model = BenchModel.of(analyzer, modelOptions.choice(), modelOptions.model != null);
            if (ownVideos) {
                return new BenchVideos(VideoBench.prepare(options, videoSeconds, model), options.work())
                        .run(videos, json, spec.commandLine().getOut(), spec.commandLine().getErr());
            }
            return run(options, model);
        }
    }

    private Integer run(BenchOptions options, BenchModel model) {
        PrintWriter out = spec.commandLine().getOut();
        BenchReport report;
        try {
            report = BenchRunner.run(options, model, spec.commandLine().getErr());
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.OUTPUT, "the benchmark could not write its files in "
                    + options.work() + ": " + e.getMessage(), e);
        } catch (VideoOpenException e) {
            throw new CommandFailure(ExitCodes.RUNTIME, "a benchmark clip could not be read: " + e.getMessage()
                    + " Delete " + options.work() + " to render the clips again.", e);
        } catch (ModelRunException e) {
            throw new CommandFailure(ExitCodes.RUNTIME, e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure(ExitCodes.RUNTIME, "the benchmark was interrupted", e);
        }
        out.print(report.text());
        out.flush();
        if (json != null) {
            try {
                report.writeJson(json);
            } catch (IOException e) {
                throw new CommandFailure(ExitCodes.OUTPUT, "cannot write " + json + ": " + e.getMessage(), e);
            }
        }
        return ExitCodes.OK;
    }

    /** The work folder, created and checked for writing before anything slow starts. */
    private Path workFolder() {
        Path dir = work != null ? work : CacheDirectory.defaultLocation().root().resolve("bench");
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".write-test", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new CommandFailure(ExitCodes.OUTPUT, "cannot write the bench work folder " + dir + " ("
                    + e.getMessage() + "); choose another with --work DIR", e);
        }
        return dir;
    }
}
