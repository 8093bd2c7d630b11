package com.courtside.app.bench;

import com.courtside.inference.camera.CameraPlanner;
import com.courtside.inference.camera.CameraPreview;
import com.courtside.inference.camera.CentringCamera;
import com.courtside.inference.camera.FixedWideCamera;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.camera.CameraPath;
import com.courtside.timeline.camera.CameraSettings;
import com.courtside.timeline.eval.CameraMetrics;
import com.courtside.timeline.io.TruthJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The virtual camera on a benchmark clip's true ball (the truth file the renderer wrote beside it), with the
 * default settings: how much of the time the ball is in the shot for the follow-cam, the centring camera and the
 * fixed wide shot, the follow-cam's jerk over the centring camera's (the target: at most 0.2), its lag, and
 * what it costs: the whole path per frame, and one frame of the scrubbing preview asked for at random.
 */
final class CameraBench {

    static final double MIN_INSIDE_PERCENT = 99;
    static final double MAX_JERK_RATIO = 0.2;
    static final int PLAN_RUNS = 5;
    static final int SCRUBS = 1000;
    static final double SCRUB_TARGET_MS = 16;
    static final String MICROSECONDS = "µs";
    static final String PERCENT = "%";

    private CameraBench() {
    }

    /** The truth file the renderer writes beside a clip. */
    static Path truthOf(BenchClip clip) {
        String name = clip.file().getFileName().toString();
        return clip.file().resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".truth.json");
    }

    static List<BenchRow> run(BenchClip clip, BenchContext ctx) {
        Path truthFile = truthOf(clip);
        LabelSet truth;
        try {
            truth = Files.isRegularFile(truthFile) ? TruthJson.readLabels(truthFile) : null;
        } catch (IOException e) {
            truth = null;
        }
        if (truth == null) {
            ctx.note("virtual camera: not measured, " + truthFile.getFileName() + " is missing or unreadable; delete "
                    + clip.file().getFileName() + " so the next run renders it again with its truth");
            return List.of();
        }
        ctx.say("virtual camera: planning the follow-cam over %s's true ball...", clip.label());
        CameraSettings settings = CameraSettings.DEFAULT;
        double fps = truth.fps().toDouble();
        int w = truth.width();
        int h = truth.height();
        CameraPath ours = CameraPlanner.plan(truth.ball(), truth.events(), settings, List.of(), fps, w, h);
        CameraMetrics m = CameraMetrics.of(truth.ball(), ours);
        CameraMetrics centring = CameraMetrics.of(truth.ball(), CentringCamera.plan(truth.ball(), settings, w, h));
        CameraMetrics wide = CameraMetrics.of(truth.ball(),
                FixedWideCamera.plan(truth.frameCount(), settings.aspect(), w, h));
        double planMicros = planMicrosPerFrame(truth, settings);
        Percentiles scrub = scrub(truth, settings, new Random(ctx.options().seed()));
        ctx.note(String.format(Locale.ROOT, "virtual camera: %s, %d frames, %d show the ball; default settings (%s, "
                        + "normal zoom %.2f); mean crop width %.2f of the frame for the follow-cam", clip.label(),
                truth.frameCount(), m.visibleFrames(), settings.aspect().wireName(), settings.normalZoom(),
                m.meanWidthShare()));
        String of = "virtual camera, " + clip.label() + " true ball, ";
        List<BenchRow> rows = new ArrayList<>();
        rows.add(BenchRow.own(of + "ball inside, follow-cam", 100 * m.insideShare(), PERCENT,
                Target.atLeast(MIN_INSIDE_PERCENT, PERCENT)));
        rows.add(BenchRow.own(of + "ball inside, centring camera", 100 * centring.insideShare(), PERCENT, Target.NONE));
        rows.add(BenchRow.own(of + "ball inside, fixed wide shot", 100 * wide.insideShare(), PERCENT, Target.NONE));
        rows.add(BenchRow.own(of + "mean jerk, follow-cam ÷ centring camera", m.meanJerk() / centring.meanJerk(), "",
                Target.atMost(MAX_JERK_RATIO, "")));
        rows.add(BenchRow.own(of + "lag behind the ball, follow-cam", m.lagFrames(), Units.FRAMES, Target.NONE));
        rows.add(BenchRow.own(of + "path per frame, batch", planMicros, MICROSECONDS, Target.NONE));
        rows.add(BenchRow.own(of + "preview, random scrub, p95 of " + SCRUBS, scrub.p95(), Units.MS,
                Target.atMost(SCRUB_TARGET_MS, Units.MS).withRemark("a 60 Hz frame")));
        return rows;
    }

    /** The median of a few whole-path runs, after one to warm up, per frame. */
    private static double planMicrosPerFrame(LabelSet truth, CameraSettings settings) {
        long[] nanos = new long[PLAN_RUNS];
        plan(truth, settings);
        for (int i = 0; i < PLAN_RUNS; i++) {
            long start = System.nanoTime();
            plan(truth, settings);
            nanos[i] = System.nanoTime() - start;
        }
        return Percentiles.ofNanos(nanos).p50() * 1000 / truth.frameCount();
    }

    private static CameraPath plan(LabelSet truth, CameraSettings settings) {
        return CameraPlanner.plan(truth.ball(), truth.events(), settings, List.of(), truth.fps().toDouble(),
                truth.width(), truth.height());
    }

    /**
     * Random frames asked of a preview whose saved states already reach the end, as after the first pass a player
     * makes when it opens the video: each answer recomputes at most one block from the saved state before it.
     */
    private static Percentiles scrub(LabelSet truth, CameraSettings settings, Random random) {
        CameraPreview preview = new CameraPreview(truth.ball(), truth.events(), settings, List.of(),
                truth.fps().toDouble(), truth.width(), truth.height());
        preview.crop(truth.frameCount() - 1);
        for (int i = 0; i < 200; i++) {
            preview.crop(random.nextInt(truth.frameCount()));
        }
        long[] nanos = new long[SCRUBS];
        for (int i = 0; i < SCRUBS; i++) {
            int frame = random.nextInt(truth.frameCount());
            long start = System.nanoTime();
            preview.crop(frame);
            nanos[i] = System.nanoTime() - start;
        }
        return Percentiles.ofNanos(nanos);
    }
}
