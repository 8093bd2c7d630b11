package com.courtside.app.cli;

import com.courtside.app.cli.batch.Batch;
import com.courtside.app.cli.batch.BatchSummary;
import com.courtside.inference.video.CacheDirectory;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.inference.video.VideoProbe;
import com.courtside.timeline.Timecode;
import com.courtside.timeline.VideoFacts;
import com.courtside.timeline.task.ProgressListener;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code courtside info VIDEO…}: the facts of videos, with the frame count found by decoding. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Print the facts of videos: size, frames as decoded, frame rate, time base, codec, signature.")
public final class InfoCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Parameters(paramLabel = "VIDEO", arity = "1..*", description = "the video files (MP4, MOV, MKV, AVI, ...)")
    List<Path> videos;

    @Option(names = "--json", description = "print JSON instead of text (an array for several videos)")
    boolean json;

    @Option(names = "--no-cache", description = "count frames again even if an index is kept for this file")
    boolean noCache;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        CacheDirectory cache = noCache ? null : CacheDirectory.defaultLocation();
        if (videos.size() == 1) {
            OpenedVideo opened = open(videos.get(0), cache);
            out.println(json ? JSON.writeValueAsString(toJson(opened)) : text(opened));
            return ExitCodes.OK;
        }
        ArrayNode all = JSON.createArrayNode();
        BatchSummary summary = Batch.run(videos, spec.commandLine().getErr(), (video, progress) -> {
            OpenedVideo opened = open(video, cache);
            if (json) {
                all.add(toJson(opened));
            } else {
                out.println(text(opened));
            }
            VideoFacts f = opened.facts();
            return Batch.Outcome.done(String.format(java.util.Locale.ROOT, "%dx%d, %d frames at %.3f fps, %s",
                    f.width(), f.height(), f.frameCount(), f.fpsValue(), f.codec()));
        });
        if (json) {
            out.println(JSON.writeValueAsString(all));
        } else {
            summary.print(out);
        }
        return summary.exitCode();
    }

    private static OpenedVideo open(Path video, CacheDirectory cache) {
        try {
            return new VideoProbe(cache, 0).open(video, ProgressListener.NONE);
        } catch (VideoOpenException e) {
            throw new CommandFailure(ExitCodes.INPUT, e.getMessage(), e);
        }
    }

    private static String text(OpenedVideo opened) {
        java.io.StringWriter buffer = new java.io.StringWriter();
        PrintWriter out = new PrintWriter(buffer);
        VideoFacts f = opened.facts();
        out.printf("file          %s%n", f.path());
        out.printf("container     %s%n", f.container());
        out.printf("codec         %s%n", f.codec());
        out.printf("size          %d x %d%n", f.width(), f.height());
        out.printf("frames        %d (decoded; the header says %d)%n", f.frameCount(), f.headerFrameCount());
        out.printf("fps           %s (%.3f)%s%n", f.fps(), f.fpsValue(), f.constantFrameRate() ? "" : ", variable frame rate");
        out.printf("time base     %s%n", f.timeBase());
        out.printf("start offset  %.6f s%n", f.startOffsetMicros() / 1e6);
        out.printf("duration      %.3f s (%s)%n", f.durationMicros() / 1e6, Timecode.format(f.frameCount() - 1, f.fps()));
        out.printf("key frames    %d%n", opened.index().keyFrameCount());
        out.printf("signature     %s, %d bytes, modified %d, sha256(first MiB) %s", f.signature().fileName(),
                f.signature().size(), f.signature().modifiedMillis(), f.signature().headSha256());
        out.flush();
        return buffer.toString();
    }

    private static ObjectNode toJson(OpenedVideo opened) {
        VideoFacts f = opened.facts();
        ObjectNode root = JSON.createObjectNode();
        root.put("path", f.path().toString());
        root.put("container", f.container());
        root.put("codec", f.codec());
        root.put("width", f.width());
        root.put("height", f.height());
        root.put("frameCount", f.frameCount());
        root.put("headerFrameCount", f.headerFrameCount());
        root.put("fps", f.fps().toString());
        root.put("fpsValue", f.fpsValue());
        root.put("constantFrameRate", f.constantFrameRate());
        root.put("timeBase", f.timeBase().toString());
        root.put("startOffsetMicros", f.startOffsetMicros());
        root.put("durationMicros", f.durationMicros());
        root.put("keyFrames", opened.index().keyFrameCount());
        ObjectNode sig = root.putObject("signature");
        sig.put("fileName", f.signature().fileName());
        sig.put("size", f.signature().size());
        sig.put("modifiedMillis", f.signature().modifiedMillis());
        sig.put("headSha256", f.signature().headSha256());
        return root;
    }
}
