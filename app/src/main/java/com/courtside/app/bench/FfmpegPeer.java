package com.courtside.app.bench;

import com.courtside.inference.video.Ffmpeg;
import org.bytedeco.javacpp.Loader;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bundled {@code ffmpeg} command-line program as the peer of the benchmark. It is found by unpacking it from
 * the FFmpeg jar beside the libraries JavaCPP has already unpacked, without loading libavdevice into this JVM
 * (which would fail where libpulse is missing). Whether it can run is tested once, by {@code ffmpeg -version}.
 */
public final class FfmpegPeer {

    public static final String NEEDS_PULSE = "peer unavailable: the bundled ffmpeg needs libpulse.so.0 — "
            + "install it with: apt-get install -y libpulse0";
    private static final Pattern FRAMES = Pattern.compile("frame=\\s*(\\d+)");
    private static final Pattern RTIME = Pattern.compile("rtime=([0-9.]+)s");
    private static final Pattern CPU = Pattern.compile("utime=([0-9.]+)s stime=([0-9.]+)s");

    /** One finished run of the program. */
    public record Run(int exitCode, long wallNanos, String output) {
        /** The frame count of the last progress line, or -1. */
        public long frames() {
            Matcher m = FRAMES.matcher(output);
            long last = -1;
            while (m.find()) {
                last = Long.parseLong(m.group(1));
            }
            return last;
        }

        /** The real time {@code -benchmark} reports, in seconds, or -1 when it printed none. */
        public double benchmarkSeconds() {
            Matcher m = RTIME.matcher(output);
            double last = -1;
            while (m.find()) {
                last = Double.parseDouble(m.group(1));
            }
            return last;
        }

        /** User plus system CPU time {@code -benchmark} reports, in seconds, or -1 when it printed none. */
        public double cpuSeconds() {
            Matcher m = CPU.matcher(output);
            double last = -1;
            while (m.find()) {
                last = Double.parseDouble(m.group(1)) + Double.parseDouble(m.group(2));
            }
            return last;
        }
    }

    private final Path executable;
    private final String status;

    private FfmpegPeer(Path executable, String status) {
        this.executable = executable;
        this.status = status;
    }

    /** Finds the program and checks that it starts; never throws. */
    public static FfmpegPeer locate() {
        Path exe;
        try {
            File file = Loader.cacheResource(org.bytedeco.ffmpeg.ffmpeg.class, Loader.getPlatform() + "/ffmpeg");
            Loader.cacheResources(org.bytedeco.ffmpeg.ffmpeg.class, Loader.getPlatform() + "/");
            if (file == null) {
                throw new IOException("no ffmpeg program for " + Loader.getPlatform() + " in the FFmpeg jar");
            }
            file.setExecutable(true);
            exe = file.toPath();
        } catch (IOException | RuntimeException e) {
            try {
                exe = Ffmpeg.executable();
            } catch (Throwable t) { // UnsatisfiedLinkError or NoClassDefFoundError from libavdevice
                return new FfmpegPeer(null, explain(String.valueOf(t)));
            }
        }
        FfmpegPeer peer = new FfmpegPeer(exe, "");
        try {
            Run version = peer.run(List.of("-hide_banner", "-version"));
            if (version.exitCode() != 0) {
                return new FfmpegPeer(null, explain(version.output()));
            }
            String first = version.output().lines().findFirst().orElse("ffmpeg").trim();
            return new FfmpegPeer(exe, "peer: bundled " + first.replaceAll(" Copyright.*", "") + " at " + exe);
        } catch (IOException e) {
            return new FfmpegPeer(null, "peer unavailable: the bundled ffmpeg could not be started: " + e.getMessage());
        }
    }

    static String explain(String failure) {
        if (failure.contains("libpulse")) {
            return NEEDS_PULSE;
        }
        String first = failure.lines().filter(l -> !l.isBlank()).findFirst().orElse("no output").trim();
        return "peer unavailable: the bundled ffmpeg does not run: " + first;
    }

    public boolean available() {
        return executable != null;
    }

    /** One line for the report: the program and its version, or why there is no peer. */
    public String status() {
        return status;
    }

    /** Runs the program with {@code args}, capturing its console output and the wall-clock time. */
    public Run run(List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        String dir = executable.toAbsolutePath().getParent().toString();
        String old = builder.environment().get("LD_LIBRARY_PATH");
        builder.environment().put("LD_LIBRARY_PATH", old == null || old.isEmpty() ? dir : dir + File.pathSeparator + old);
        long start = System.nanoTime();
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        try {
            int code = process.waitFor();
            return new Run(code, System.nanoTime() - start, new String(output, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while ffmpeg ran", e);
        }
    }
}
