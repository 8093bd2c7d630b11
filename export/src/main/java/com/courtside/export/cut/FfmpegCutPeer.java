package com.courtside.export.cut;

import com.courtside.inference.video.FrameIndex;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.timeline.Rational;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bundled {@code ffmpeg} program making the same cut as {@link RallyCutter}, for the benchmark's ratio: given
 * the cutter's report, it cuts the same segments (as asked, before snapping) of the same video. Stream copy: one
 * pass of the concat demuxer over the file with an in and out point per segment, which starts each at the key
 * frame before, as the cutter does. Re-encode: one input per segment, each opened with an accurate
 * {@code -ss}/{@code -to} (decoding from the key frame before), joined by the concat filter and encoded with the
 * cutter's encoders and settings (bit rate, key-frame spacing, audio bit rate; threads left to FFmpeg in both).
 * Each returns the wall-clock seconds the program ran, its start-up included.
 */
public final class FfmpegCutPeer {

    /** A stretch of the source in seconds from its start; frames whose time lies in [start, end) are kept. */
    private record Span(double startSeconds, double endSeconds) {
    }

    private final Path executable;

    /** @param executable the {@code ffmpeg} program, e.g. {@code com.courtside.inference.video.Ffmpeg.executable()} */
    public FfmpegCutPeer(Path executable) {
        this.executable = executable;
    }

    /** {@code ffmpeg -f concat -i LIST -c copy OUT}: the stream copy of the segments of {@code report}. */
    public double copy(OpenedVideo video, CutReport report, Path out) throws IOException {
        Path list = Files.createTempFile("courtside-cut", ".ffconcat");
        try {
            StringBuilder text = new StringBuilder("ffconcat version 1.0\n");
            String file = video.facts().path().toAbsolutePath().toString().replace("'", "'\\''");
            for (Span s : spans(video, report)) {
                text.append("file '").append(file).append("'\n")
                        .append("inpoint ").append(seconds(s.startSeconds())).append('\n')
                        .append("outpoint ").append(seconds(s.endSeconds())).append('\n');
            }
            Files.writeString(list, text);
            return run(List.of("-f", "concat", "-safe", "0", "-i", list.toString(), "-map", "0:v:0", "-map", "0:a:0?",
                    "-c", "copy", out.toString()));
        } finally {
            Files.deleteIfExists(list);
        }
    }

    /** One accurately seeked input per segment of {@code report}, concatenated and encoded as the cutter does. */
    public double reencode(OpenedVideo video, CutReport report, Quality quality, Path out)
            throws IOException, CutException {
        boolean withAudio;
        try (SourceContainer source = new SourceContainer(video)) {
            withAudio = source.audioStream() != null;
        }
        List<Span> spans = spans(video, report);
        List<String> args = new ArrayList<>();
        StringBuilder graph = new StringBuilder();
        for (int i = 0; i < spans.size(); i++) {
            args.addAll(List.of("-ss", seconds(spans.get(i).startSeconds()), "-to", seconds(spans.get(i).endSeconds()),
                    "-i", video.facts().path().toString()));
            graph.append('[').append(i).append(":v:0]");
            if (withAudio) {
                graph.append('[').append(i).append(":a:0]");
            }
        }
        graph.append("concat=n=").append(spans.size()).append(":v=1:a=").append(withAudio ? 1 : 0).append("[v]");
        args.addAll(List.of("-filter_complex", graph + (withAudio ? "[a]" : ""), "-map", "[v]"));
        if (withAudio) {
            args.addAll(List.of("-map", "[a]", "-c:a", AudioEncoding.CODEC, "-b:a",
                    Long.toString(AudioEncoding.BITS_PER_SECOND)));
        }
        Rational fps = video.facts().fps();
        long bitrate = quality.bitsPerSecond(video.facts().width(), video.facts().height(), fps);
        args.addAll(List.of("-c:v", report.videoCodec(), "-b:v", Long.toString(bitrate),
                "-g", Integer.toString(VideoEncoding.gopFrames(fps)), "-pix_fmt", "yuv420p", out.toString()));
        return run(args);
    }

    /** The segments the cut asked for, with half a frame of slack at each end against rounding. */
    private static List<Span> spans(OpenedVideo video, CutReport report) {
        FrameIndex index = video.index();
        double half = 0.5 / video.facts().fps().toDouble();
        double zero = index.ptsMicros(0) / 1e6;
        return report.segments().stream().map(s -> new Span(
                Math.max(0, index.ptsMicros(s.requestedFirst()) / 1e6 - zero - half),
                index.ptsMicros(s.requestedLast()) / 1e6 - zero + half)).toList();
    }

    private double run(List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "-hide_banner", "-nostdin", "-y",
                "-loglevel", "error"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        String dir = executable.toAbsolutePath().getParent().toString();
        String old = builder.environment().get("LD_LIBRARY_PATH");
        builder.environment().put("LD_LIBRARY_PATH",
                old == null || old.isEmpty() ? dir : dir + File.pathSeparator + old);
        long start = System.nanoTime();
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            int code = process.waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (code != 0) {
                throw new IOException("ffmpeg exited with " + code + ": " + output.strip());
            }
            return seconds;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while ffmpeg ran", e);
        }
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.6f", s);
    }
}
