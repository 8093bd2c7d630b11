package com.courtside.app.cli;

import com.courtside.app.cli.batch.Batch;
import com.courtside.app.cli.batch.BatchSummary;
import com.courtside.inference.synth.DemoMatchRenderer;
import com.courtside.inference.synth.Difficulty;
import com.courtside.inference.synth.RenderOptions;
import com.courtside.inference.synth.RenderResult;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.io.TruthJson;
import com.courtside.timeline.task.ProgressListener;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code courtside render-demo -o FILE.mp4}: a synthetic table-tennis match with its ground truth, or with
 * {@code --sport basketball} a basketball match or a set of one-shot scenes for the shooter model.
 */
@Command(name = "render-demo", mixinStandardHelpOptions = true,
        description = {"Renders a synthetic table-tennis match and its ground truth: FILE.mp4 (H.264), "
                + "FILE.truth.json (ball per frame, events, rallies, render options) and FILE_openttgames/ "
                + "(ball_markup.json, events_markup.json).",
                "With --sport basketball: a match (FILE.mp4 and FILE.basketball.json: every person's box with "
                + "track and slot, the shots with release frame, shooter and ball origin, the ball per frame), "
                + "or with --scenes N a set of N one-shot clips FILE-000.mp4 ... each with its truth.",
                "The same options and seed always give the same files."})
public final class RenderDemoCommand implements Callable<Integer> {

    private static final long PROGRESS_INTERVAL_NANOS = 250_000_000L;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.mp4",
            description = "The video to write; the truth files are written beside it.")
    Path output;

    @Option(names = "--resolution", paramLabel = "720p|1080p", defaultValue = "720p",
            description = "Frame size: 720p (1280x720) or 1080p (1920x1080); for basketball also 360p (640x360) "
                    + "(default: ${DEFAULT-VALUE}).")
    String resolution;

    @Option(names = "--fps", paramLabel = "30|60|120", defaultValue = "30",
            description = "Frame rate (default: ${DEFAULT-VALUE}).")
    int fps;

    @Option(names = "--sport", paramLabel = "table-tennis|basketball", defaultValue = "table-tennis",
            description = "What to render (default: ${DEFAULT-VALUE}).")
    String sport;

    @Option(names = "--scenes", paramLabel = "N",
            description = "Basketball only: N one-shot scenes FILE-000.mp4 ... instead of one match; "
                    + "--duration is then each scene's length (default 5 s).")
    Integer scenes;

    @Option(names = "--duration", paramLabel = "SECONDS",
            description = "Length of the video, or of each scene (default: 60, or 5 per scene).")
    Double duration;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--difficulty", paramLabel = "easy|normal|hard", defaultValue = "normal",
            description = "Camera grain, motion blur, ball size and distractors (default: ${DEFAULT-VALUE}).")
    String difficulty;

    @Option(names = "--gop", paramLabel = "FRAMES",
            description = "Key frame interval (default: two seconds' worth of frames).")
    Integer gop;

    @Option(names = "--bitrate", paramLabel = "KBPS",
            description = "Target video bitrate in kbit/s (default: about 0.04 bit per pixel, 0.05 for basketball).")
    Integer bitrate;

    @Option(names = "--no-openttgames", description = "Table tennis only: do not write the OpenTTGames folder.")
    boolean noOpenTtGames;

    @Option(names = "--count", paramLabel = "N", description = {"Table tennis: N matches FILE-000.mp4 ... with the "
            + "seeds SEED, SEED+1, ..., each with its truth, a progress bar each and a table at the end. A match whose "
            + "video and truth are there from the same options is skipped, so a stopped batch resumes."})
    Integer count;

    @Option(names = "--force", description = "With --count: render every match again, even those already there.")
    boolean force;

    @Option(names = "--json", description = "print what was written as JSON instead of text")
    boolean json;

    @Override
    public Integer call() throws Exception {
        boolean basketball = switch (sport.trim().toLowerCase(Locale.ROOT)) {
            case "table-tennis" -> false;
            case "basketball" -> true;
            default -> throw configuration("--sport must be table-tennis or basketball, not '" + sport + "'");
        };
        if (!basketball && scenes != null) {
            throw configuration("--scenes is for --sport basketball; for several table-tennis matches give --count N");
        }
        if (count != null && (basketball || count < 1)) {
            throw configuration(basketball ? "--count is for table tennis; for several basketball clips give --scenes N"
                    : "--count must be at least 1, not " + count);
        }
        if (basketball) {
            RenderOptions common = options(scenes != null ? BasketballDemo.SCENE_SECONDS : 60, true);
            Path video = output.toAbsolutePath();
            checkWritable(video);
            return new BasketballDemo(spec.commandLine().getOut(), spec.commandLine().getErr())
                    .run(common, scenes, video, duration != null);
        }
        RenderOptions options = options(60, false);
        Path video = output.toAbsolutePath();
        checkWritable(video);
        if (count != null) {
            return renderMany(options, video);
        }
        PrintWriter err = spec.commandLine().getErr();
        RenderResult result;
        try {
            result = new DemoMatchRenderer().render(options, video, new LineProgress(err));
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.OUTPUT, "could not write the demo: " + e.getMessage()
                    + "; check that the folder is writable and has free space", e);
        } finally {
            err.println();
            err.flush();
        }
        if (json) {
            spec.commandLine().getOut().println(JSON.writeValueAsString(toJson(options, result)));
        } else {
            printSummary(spec.commandLine().getOut(), options, result);
        }
        return ExitCodes.OK;
    }

    /** {@code --count N}: N matches with consecutive seeds, those already rendered from the same options kept. */
    private int renderMany(RenderOptions first, Path video) throws IOException {
        String base = video.getFileName().toString().replaceFirst("(?i)\\.mp4$", "");
        List<RenderOptions> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(first.withSeed(first.seed() + i));
        }
        PrintWriter out = spec.commandLine().getOut();
        ArrayNode written = JSON.createArrayNode();
        BatchSummary summary = Batch.run(all, o -> target(video, base, o, first).toString(),
                o -> target(video, base, o, first).getFileName().toString(), spec.commandLine().getErr(),
                (o, progress) -> {
                    Path file = target(video, base, o, first);
                    if (!force && renderedBefore(file, o)) {
                        written.addObject().put("video", file.toString()).put("seed", o.seed()).put("skipped", true);
                        return Batch.Outcome.skipped("seed " + o.seed() + ", rendered before from the same options");
                    }
                    RenderResult result = renderOne(o, file, progress);
                    ObjectNode node = toJson(o, result);
                    node.put("skipped", false);
                    written.add(node);
                    if (!json) {
                        printSummary(out, o, result);
                    }
                    return Batch.Outcome.done(String.format(Locale.ROOT, "seed %d, %d frames, %d rallies, %.1f MB",
                            o.seed(), result.truth().frameCount(), result.truth().rallies().size(),
                            result.videoBytes() / 1e6));
                });
        if (json) {
            ObjectNode root = summary.toJson();
            root.set("matches", written);
            out.println(JSON.writeValueAsString(root));
        } else {
            summary.print(out);
        }
        return summary.exitCode();
    }

    /** FILE-000.mp4, FILE-001.mp4 ...: the match of seed {@code o.seed()}. */
    private static Path target(Path video, String base, RenderOptions o, RenderOptions first) {
        return video.resolveSibling(String.format(Locale.ROOT, "%s-%03d.mp4", base, o.seed() - first.seed()));
    }

    private static RenderResult renderOne(RenderOptions options, Path file, ProgressListener progress) {
        try {
            return new DemoMatchRenderer().render(options, file, progress);
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.OUTPUT, "could not write " + file.getFileName() + ": " + e.getMessage()
                    + "; check that the folder is writable and has free space", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure(ExitCodes.RUNTIME, "interrupted while rendering " + file.getFileName(), e);
        }
    }

    /** Whether the video and its truth are there, the truth written from these very options. */
    static boolean renderedBefore(Path video, RenderOptions options) {
        Path truthFile = video.resolveSibling(video.getFileName().toString().replaceFirst("(?i)\\.mp4$", "")
                + ".truth.json");
        if (!Files.isRegularFile(video) || !Files.isRegularFile(truthFile)) {
            return false;
        }
        try {
            Map<String, Object> kept = TruthJson.read(truthFile).renderInfo()
                    .map(TruthJson.RenderInfo::options).orElse(Map.of());
            return options.describe().entrySet().stream()
                    .allMatch(e -> String.valueOf(e.getValue()).equals(String.valueOf(kept.get(e.getKey()))));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static ObjectNode toJson(RenderOptions options, RenderResult result) {
        ObjectNode node = JSON.createObjectNode();
        node.put("video", result.video().toString());
        node.put("truth", result.truthFile().toString());
        result.openTtGames().ifPresent(dir -> node.put("openTtGames", dir.toString()));
        node.put("seed", options.seed());
        node.put("width", options.width());
        node.put("height", options.height());
        node.put("fps", options.fps());
        node.put("frames", result.truth().frameCount());
        node.put("rallies", result.truth().rallies().size());
        node.put("events", result.truth().events().size());
        node.put("ballVisibleFrames", result.truth().ball().visibleCount());
        node.put("videoCodec", result.videoCodec());
        node.put("videoBytes", result.videoBytes());
        node.put("seconds", result.elapsedMillis() / 1000.0);
        return node;
    }

    /**
     * The options both sports share, checked; {@code defaultSeconds} where --duration is not given, and 360p
     * only where {@code small} allows it (shooter datasets are rendered small).
     */
    private RenderOptions options(double defaultSeconds, boolean small) {
        double seconds = duration == null ? defaultSeconds : duration;
        int width;
        int height;
        switch (resolution.trim().toLowerCase(Locale.ROOT)) {
            case "720p" -> {
                width = 1280;
                height = 720;
            }
            case "1080p" -> {
                width = 1920;
                height = 1080;
            }
            case "360p" -> {
                if (!small) {
                    throw configuration("--resolution must be 720p or 1080p, not '" + resolution + "'");
                }
                width = 640;
                height = 360;
            }
            default -> throw configuration("--resolution must be 720p or 1080p" + (small ? " or 360p" : "")
                    + ", not '" + resolution + "'");
        }
        if (fps != 30 && fps != 60 && fps != 120) {
            throw configuration("--fps must be 30, 60 or 120, not " + fps);
        }
        if (!(seconds > 0) || seconds > RenderOptions.MAX_DURATION_SECONDS) {
            throw configuration("--duration must be more than 0 and at most " + (int) RenderOptions.MAX_DURATION_SECONDS
                    + " seconds, not " + seconds);
        }
        if (gop != null && gop < 1) {
            throw configuration("--gop must be at least 1 frame, not " + gop + " (leave it out for two seconds)");
        }
        if (bitrate != null && (bitrate < 50 || bitrate > 200_000)) {
            throw configuration("--bitrate must be 50..200000 kbit/s, not " + bitrate + " (leave it out for the default)");
        }
        if (!output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".mp4")) {
            throw configuration("--output must name an .mp4 file, not '" + output + "'");
        }
        Difficulty level;
        try {
            level = Difficulty.fromWire(difficulty);
        } catch (IllegalArgumentException e) {
            throw configuration("--difficulty must be easy, normal or hard, not '" + difficulty + "'");
        }
        return new RenderOptions(width, height, fps, seconds, seed, level, gop == null ? 0 : gop,
                bitrate == null ? 0 : bitrate, !noOpenTtGames);
    }

    static CommandFailure configuration(String message) {
        return new CommandFailure(ExitCodes.CONFIGURATION, message);
    }

    private static void checkWritable(Path video) {
        Path dir = video.getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.OUTPUT, "cannot create the folder " + dir + "; choose another --output", e);
        }
        if (!Files.isWritable(dir)) {
            throw new CommandFailure(ExitCodes.OUTPUT, "cannot write into " + dir + "; choose another --output");
        }
        if (Files.isDirectory(video)) {
            throw new CommandFailure(ExitCodes.OUTPUT, video + " is a folder; give a file name ending in .mp4");
        }
    }

    private static void printSummary(PrintWriter out, RenderOptions options, RenderResult result) {
        Map<EventKind, Integer> counts = new EnumMap<>(EventKind.class);
        for (MatchEvent e : result.truth().events()) {
            counts.merge(e.kind(), 1, Integer::sum);
        }
        StringBuilder events = new StringBuilder();
        counts.forEach((kind, n) -> events.append(events.length() == 0 ? "" : ", ").append(n).append(' ').append(kind.wireName()));
        out.printf("Rendered %d frames (%dx%d, %d fps, %s, seed %d) in %.1f s, %.1f frames/s, codec %s%n",
                result.truth().frameCount(), options.width(), options.height(), options.fps(),
                options.difficulty().wireName(), options.seed(), result.elapsedMillis() / 1000.0,
                result.framesPerSecond(), result.videoCodec());
        out.printf("Rallies: %d; events: %s%n", result.truth().rallies().size(), events.length() == 0 ? "none" : events);
        out.printf("Ball visible in %d of %d frames%n", result.truth().ball().visibleCount(), result.truth().frameCount());
        out.println("Wrote:");
        out.printf("  %s (%.1f MB)%n", result.video(), result.videoBytes() / 1e6);
        out.printf("  %s%n", result.truthFile());
        result.openTtGames().ifPresent(dir -> out.printf("  %s%s (ball_markup.json, events_markup.json)%n",
                dir, java.io.File.separator));
        out.flush();
    }

    /** One line on stderr, rewritten in place at most four times a second. */
    static final class LineProgress implements ProgressListener {
        private final PrintWriter err;
        private final long started = System.nanoTime();
        private long lastPrinted;

        LineProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public synchronized void progress(long done, long total, String message) {
            long now = System.nanoTime();
            if (now - lastPrinted < PROGRESS_INTERVAL_NANOS && done < total) {
                return;
            }
            lastPrinted = now;
            double seconds = (now - started) / 1e9;
            double rate = seconds > 0 ? done / seconds : 0;
            int percent = total > 0 ? (int) (100 * done / total) : 0;
            err.printf("\r%s: %3d%%  frame %d/%d  %.1f frames/s   ", message, percent, done, total, rate);
            err.flush();
        }
    }
}
