package com.courtside.app.cli;

import com.courtside.app.cli.batch.Batch;
import com.courtside.app.cli.batch.BatchSummary;
import com.courtside.export.cut.CutException;
import com.courtside.export.cut.CutLayout;
import com.courtside.export.cut.CutMode;
import com.courtside.export.cut.CutOptions;
import com.courtside.export.cut.CutReport;
import com.courtside.export.cut.FollowCamRenderer;
import com.courtside.export.cut.OutputSize;
import com.courtside.export.cut.Quality;
import com.courtside.export.cut.RallyCutter;
import com.courtside.export.cut.SegmentReport;
import com.courtside.inference.camera.CameraPlanner;
import com.courtside.inference.video.CacheDirectory;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.inference.video.VideoProbe;
import com.courtside.labeling.imports.ImportContext;
import com.courtside.labeling.imports.ImportFormatException;
import com.courtside.labeling.imports.Importers;
import com.courtside.labeling.store.CameraPins;
import com.courtside.labeling.store.LabelLayers;
import com.courtside.labeling.store.LayerLabels;
import com.courtside.labeling.store.Project;
import com.courtside.labeling.store.ProjectFiles;
import com.courtside.labeling.store.ProjectOpenException;
import com.courtside.labeling.store.ShotLabels;
import com.courtside.labeling.store.VideoRecord;
import com.courtside.labeling.store.Videos;
import com.courtside.timeline.BallTrack;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.Rally;
import com.courtside.timeline.camera.Aspect;
import com.courtside.timeline.camera.CameraPath;
import com.courtside.timeline.camera.CameraPin;
import com.courtside.timeline.camera.CameraSettings;
import com.courtside.timeline.task.ProgressListener;
import com.courtside.ui.overlay.BurnIn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code courtside cut VIDEO… [-o OUT]}: the rallies of each video without the dead time, as one reel or a file per
 * rally, or the follow-cam render; the rallies and the ball come from the video's project (the labels as the window
 * shows them), or from a file.
 */
@Command(name = "cut", mixinStandardHelpOptions = true,
        description = {"Cut videos down to their rallies: one reel of the rallies back to back (each padded by "
                + "--padding), or with --per-rally one file each (NAME-rally-03.mp4). --follow-cam renders the "
                + "virtual camera's crop of the rallies (or, with --whole, of the whole video) at 1280x720, 1920x1080 "
                + "or 1080x1920 instead.",
                "--mode copy (the default) copies the compressed video and audio: fast, lossless, and each cut starts "
                        + "at the key frame at or before its padded start (the summary says how far it moved). "
                        + "--mode reencode is frame-exact: H.264 with the bundled encoder at --quality, audio as AAC.",
                "The rallies are the video's labels in its project (a person's over the model's), or those of "
                        + "--rallies-from FILE (the JSON of 'analyze --json', RallyCut JSON, OpenTTGames). Files are "
                        + "written under a temporary name and renamed when complete: a full disk, an unwritable "
                        + "folder or a failure leaves nothing that looks finished.",
                "--overlay burns the labels in as the window draws them (the ball's trail and ring, bounce and net "
                        + "markers, 'Rally 3', the shooter model's scores around each shot); it re-encodes, so it "
                        + "goes with --mode reencode (the default with --overlay) or --follow-cam, not --mode copy."})
public final class CutCommand implements Callable<Integer> {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper()
                    .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

    @Parameters(paramLabel = "VIDEO", arity = "1..*", description = "the videos to cut")
    List<Path> videos;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "the reel (one video), or the folder the cuts go into (default: beside each video)")
    Path output;

    @Option(names = "--mode", paramLabel = "MODE",
            description = "copy (the default) or reencode (the default with --overlay)")
    String mode;

    @Option(names = "--padding", defaultValue = "1.0", paramLabel = "SECONDS",
            description = "kept before and after each rally (default ${DEFAULT-VALUE} s)")
    double padding;

    @Option(names = "--per-rally", description = "one file per rally instead of one reel")
    boolean perRally;

    @Option(names = "--rallies", paramLabel = "N,N…", split = ",",
            description = "only these rallies, numbered from 1 in time order (default: all)")
    List<Integer> rallies;

    @Option(names = "--quality", defaultValue = "medium", paramLabel = "Q",
            description = "re-encode and follow-cam quality: low, medium, high or a bitrate such as 4000k "
                    + "(default ${DEFAULT-VALUE})")
    String quality;

    @Option(names = "--follow-cam", arity = "0..1", fallbackValue = "1280x720", paramLabel = "SIZE",
            description = "render the follow-cam at 1280x720 (default), 1920x1080 or 1080x1920 (the camera's aspect "
                    + "follows the size)")
    String followCam;

    @Option(names = "--whole", description = "with --follow-cam: the whole video, not only its rallies")
    boolean whole;

    @Option(names = "--overlay", description = "burn in the labels' overlay: ball trail, events, rally number, "
            + "shooter scores (re-encodes)")
    boolean overlay;

    @Option(names = "--json", description = "print each video's cut as JSON (files, segments asked for and written, "
            + "snaps) instead of the summary table")
    boolean json;

    @Option(names = "--rallies-from", paramLabel = "FILE",
            description = "take the rallies from this file instead of the project (one video only)")
    Path ralliesFrom;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (ralliesFrom != null && videos.size() > 1) {
            throw new CommandFailure(ExitCodes.CONFIGURATION, "--rallies-from gives one video's rallies; cut one "
                    + "video with it.");
        }
        CutOptions options = options();
        OutputSize size = followCam == null ? null : size();
        CacheDirectory cache = CacheDirectory.defaultLocation();
        com.fasterxml.jackson.databind.node.ArrayNode reports = JSON.createArrayNode();
        BatchSummary summary = Batch.run(videos, err, (video, progress) -> {
            CutReport report = cutOne(video, options, size, cache, progress);
            reports.add(toJson(video, report));
            return Batch.Outcome.done(describe(report));
        });
        if (json) {
            try {
                out.println(JSON.writeValueAsString(reports));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new CommandFailure(ExitCodes.RUNTIME, "Cannot print the reports as JSON: " + e.getMessage(), e);
            }
        } else {
            summary.print(out);
        }
        return summary.exitCode();
    }

    /** One video's cut for machines: the files, and per segment the frames asked for and written and the snap. */
    private static com.fasterxml.jackson.databind.node.ObjectNode toJson(Path video, CutReport r) {
        var node = JSON.createObjectNode();
        node.put("video", video.toString());
        node.put("mode", r.mode().name().toLowerCase(Locale.ROOT));
        node.put("videoCodec", r.videoCodec());
        r.files().forEach(f -> node.withArray("files").add(f.toString()));
        for (SegmentReport s : r.segments()) {
            node.withArray("segments").addObject().put("rally", s.rally() + 1).put("file", s.file().toString())
                    .put("requestedFirst", s.requestedFirst()).put("requestedLast", s.requestedLast())
                    .put("actualFirst", s.actualFirst()).put("actualLast", s.actualLast())
                    .put("snapFrames", s.snapFrames()).put("snapSeconds", s.snapSeconds());
        }
        node.put("framesWritten", r.framesWritten());
        node.put("durationSeconds", r.durationSeconds());
        node.put("elapsedSeconds", r.elapsedSeconds());
        r.notes().forEach(n -> node.withArray("notes").add(n));
        return node;
    }

    private CutReport cutOne(Path video, CutOptions options, OutputSize size, CacheDirectory cache,
                             ProgressListener progress) {
        OpenedVideo opened;
        try {
            opened = new VideoProbe(cache, 0).open(video, ProgressListener.NONE);
        } catch (VideoOpenException e) {
            throw new CommandFailure(ExitCodes.INPUT, e.getMessage(), e);
        }
        Labelled labels = labels(opened, cache);
        BurnIn burnIn = overlay ? burnIn(opened, labels) : null;
        try {
            if (size != null) {
                CameraPath path = CameraPlanner.plan(labels.ball(), List.of(),
                        CameraSettings.DEFAULT.withAspect(aspect(size)), labels.pins(), opened.facts().fpsValue(),
                        opened.facts().width(), opened.facts().height());
                List<Rally> spans = whole ? FollowCamRenderer.wholeVideo(opened) : chosen(labels.rallies(), video);
                return FollowCamRenderer.render(opened, path, spans, size, options.quality(), burnIn,
                        target(video, "-followcam.mp4"), progress);
            }
            if (labels.rallies().isEmpty()) {
                throw new CommandFailure(ExitCodes.INPUT, "No rallies in " + video.getFileName() + ": analyse it "
                        + "first ('courtside analyze', or Analyze in the window), or give --rallies-from FILE.");
            }
            Path target = options.layout() == CutLayout.REEL ? target(video, "-rallies.mp4") : folder(video);
            return RallyCutter.cut(opened, labels.rallies(), target, options.withOverlay(burnIn), progress);
        } catch (CutException e) {
            throw new CommandFailure(e.problem() == CutException.Problem.SOURCE ? ExitCodes.INPUT : ExitCodes.OUTPUT,
                    e.getMessage(), e);
        }
    }

    /** The rallies, ball and pins the cut follows, and the events and shooter scores an overlay shows. */
    private record Labelled(List<Rally> rallies, BallTrack ball, List<CameraPin> pins, List<MatchEvent> events,
                            Map<Integer, float[]> shots) {

        static Labelled none(int frames) {
            return new Labelled(List.of(), new BallTrack(frames), List.of(), List.of(), Map.of());
        }
    }

    /** The labels' overlay as the window draws it, for burning in. */
    private static BurnIn burnIn(OpenedVideo video, Labelled labels) {
        var facts = video.facts();
        return new BurnIn(new LabelSet("labels", facts.width(), facts.height(), facts.fps(), labels.ball(),
                labels.events(), labels.rallies()), null, labels.shots());
    }

    private Labelled labels(OpenedVideo video, CacheDirectory cache) {
        int frames = video.facts().frameCount();
        if (ralliesFrom != null) {
            try {
                var read = Importers.forFile(ralliesFrom).read(ralliesFrom, new ImportContext(frames,
                        video.facts().fps()));
                return new Labelled(read.rallies(), new BallTrack(frames), List.of(), read.events(), Map.of());
            } catch (ImportFormatException e) {
                throw new CommandFailure(ExitCodes.INPUT, e.getMessage().strip(), e);
            } catch (IOException e) {
                throw new CommandFailure(ExitCodes.INPUT, "Cannot read " + ralliesFrom + ": " + e.getMessage(), e);
            }
        }
        Path file = ProjectFiles.forVideo(video.facts().path(), video.facts().signature(),
                cache.root().resolve("projects"));
        if (!Files.isRegularFile(file)) {
            return Labelled.none(frames);
        }
        try (Project project = Project.openReadOnly(file)) {
            VideoRecord record = new Videos(project).all().stream()
                    .filter(v -> v.signature().sameContentAs(video.facts().signature())).findFirst().orElse(null);
            if (record == null) {
                return Labelled.none(frames);
            }
            LayerLabels effective = new LabelLayers(project).read(record.id(), frames, LabelLayers.Layer.EFFECTIVE);
            List<CameraPin> pins = new CameraPins(project).of(record.id()).stream().map(p -> new CameraPin(p.frame(),
                    p.centreX(), p.centreY(), Math.max(1, Math.min(CameraPin.MAX_ZOOM, p.zoom())))).toList();
            Map<Integer, float[]> shots = overlay ? new ShotLabels(project).modelScores(record.id()) : Map.of();
            return new Labelled(effective.rallies(), effective.ball(), pins, effective.events(), shots);
        } catch (ProjectOpenException e) {
            throw new CommandFailure(ExitCodes.INPUT, e.getMessage(), e);
        }
    }

    private List<Rally> chosen(List<Rally> all, Path video) {
        if (all.isEmpty()) {
            throw new CommandFailure(ExitCodes.INPUT, "No rallies in " + video.getFileName() + " to follow; give "
                    + "--whole to render the whole video, or label its rallies first.");
        }
        if (rallies == null || rallies.isEmpty()) {
            return all;
        }
        List<Rally> out = new ArrayList<>();
        for (int n : rallies) {
            if (n < 1 || n > all.size()) {
                throw new CommandFailure(ExitCodes.CONFIGURATION, "There is no rally " + n + " in "
                        + video.getFileName() + "; it has " + all.size() + ".");
            }
            out.add(all.get(n - 1));
        }
        return out;
    }

    private CutOptions options() {
        String chosen = mode != null ? mode : overlay ? "reencode" : "copy";
        if (overlay && chosen.equalsIgnoreCase("copy")) {
            throw new CommandFailure(ExitCodes.CONFIGURATION, "--overlay needs --mode reencode: stream copy keeps the "
                    + "compressed frames as they are and cannot draw on them. Leave out --mode copy.");
        }
        try {
            CutOptions options = CutOptions.defaults().withMode(switch (chosen.toLowerCase(Locale.ROOT)) {
                case "copy" -> CutMode.COPY;
                case "reencode", "re-encode" -> CutMode.REENCODE;
                default -> throw new IllegalArgumentException("--mode is copy or reencode, not '" + mode + "'");
            }).withLayout(perRally ? CutLayout.PER_RALLY : CutLayout.REEL).withPadding(padding)
                    .withQuality(Quality.parse(quality));
            return rallies == null ? options : options.withSelected(rallies.stream().map(n -> n - 1).toList());
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            throw new CommandFailure(ExitCodes.CONFIGURATION, m + (m.endsWith(".") ? "" : "."), e);
        }
    }

    private OutputSize size() {
        try {
            return OutputSize.parse(followCam);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(ExitCodes.CONFIGURATION, e.getMessage() + ".", e);
        }
    }

    private static Aspect aspect(OutputSize size) {
        return size.height() > size.width() ? Aspect.PORTRAIT : Aspect.WIDE;
    }

    /** The file for one video's output: -o itself for one video, else a file in -o or beside the video. */
    private Path target(Path video, String suffix) {
        if (output != null && videos.size() == 1 && !Files.isDirectory(output)) {
            return output;
        }
        String name = video.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String file = (dot > 0 ? name.substring(0, dot) : name) + suffix;
        return (output != null ? output : video.toAbsolutePath().getParent()).resolve(file);
    }

    private Path folder(Path video) {
        return output != null ? output : video.toAbsolutePath().getParent();
    }

    private static String describe(CutReport r) {
        int moved = 0;
        for (SegmentReport s : r.segments()) {
            moved += s.snapFrames() != 0 ? 1 : 0;
        }
        String files = r.files().size() == 1 ? r.files().get(0).getFileName().toString()
                : r.files().size() + " files";
        String snap = r.mode() == CutMode.COPY ? String.format(Locale.ROOT, ", %d of %d cuts moved to a key frame "
                + "(at most %.2f s)", moved, r.segments().size(), r.maxSnapSeconds()) : "";
        return String.format(Locale.ROOT, "%s: %d segments, %.1f s, %s%s%s", files, r.segments().size(),
                r.durationSeconds(), r.videoCodec(), snap, r.notes().isEmpty() ? "" : "; " + String.join("; ",
                        r.notes()));
    }
}
