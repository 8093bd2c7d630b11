package com.courtside.app.cli;

import com.courtside.inference.video.CacheDirectory;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.inference.video.VideoProbe;
import com.courtside.timeline.Timecode;
import com.courtside.timeline.VideoFacts;
import com.courtside.timeline.task.ProgressListener;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code courtside info VIDEO}: the facts of a video, with the frame count found by decoding. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Print the facts of a video: size, frames as decoded, frame rate, time base, codec, signature.")
public final class InfoCommand implements Callable<Integer> {

    @Parameters(paramLabel = "VIDEO", description = "the video file (MP4, MOV, MKV, AVI, ...)")
    Path video;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    @Option(names = "--no-cache", description = "count frames again even if an index is kept for this file")
    boolean noCache;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        OpenedVideo opened;
        try {
            CacheDirectory cache = noCache ? null : CacheDirectory.defaultLocation();
            opened = new VideoProbe(cache, 0).open(video, ProgressListener.NONE);
        } catch (VideoOpenException e) {
            throw new CommandFailure(ExitCodes.INPUT, e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(opened));
        } else {
            printText(out, opened);
        }
        return ExitCodes.OK;
    }

    private static void printText(PrintWriter out, OpenedVideo opened) {
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
        out.printf("signature     %s, %d bytes, modified %d, sha256(first MiB) %s%n", f.signature().fileName(),
                f.signature().size(), f.signature().modifiedMillis(), f.signature().headSha256());
    }

    private static String toJson(OpenedVideo opened) throws Exception {
        VideoFacts f = opened.facts();
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
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
        return mapper.writeValueAsString(root);
    }
}
