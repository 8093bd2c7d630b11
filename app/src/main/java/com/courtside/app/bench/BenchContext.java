package com.courtside.app.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** What every part of one benchmark run shares: the settings, the peer, the progress stream and the notes. */
public final class BenchContext {

    private final BenchOptions options;
    private final FfmpegPeer peer;
    private final Consumer<String> progress;
    private final List<String> notes = new ArrayList<>();

    /** Progress as "bench: …" lines on {@code progress}. */
    public BenchContext(BenchOptions options, FfmpegPeer peer, PrintWriter progress) {
        this(options, peer, line -> {
            progress.println("bench: " + line);
            progress.flush();
        });
    }

    /** Progress handed to {@code progress} line by line, such as into a progress bar's message. */
    public BenchContext(BenchOptions options, FfmpegPeer peer, Consumer<String> progress) {
        this.options = options;
        this.peer = peer;
        this.progress = progress;
    }

    public BenchOptions options() {
        return options;
    }

    public FfmpegPeer peer() {
        return peer;
    }

    public int threads() {
        return options.threads();
    }

    /** One progress line on the error stream or into a progress bar, so the table on standard output stays clean. */
    public void say(String format, Object... args) {
        progress.accept(String.format(Locale.ROOT, format, args));
    }

    /** A remark printed under the table, such as a frame count that differs from the peer's. */
    public void note(String text) {
        notes.add(text);
        say("note: %s", text);
    }

    /** Notes how much of the machine other processes took during {@code what}, when it was more than a trace. */
    void noteOthers(String what, CpuShare start) {
        double others = CpuShare.now().othersCoresSince(start);
        if (others >= 0.1) {
            note(String.format(Locale.ROOT, "other processes kept %.1f of the %d cores busy during %s, "
                    + "so those figures are lower than an idle machine gives", others, Runtime.getRuntime().availableProcessors(), what));
        }
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }
}
