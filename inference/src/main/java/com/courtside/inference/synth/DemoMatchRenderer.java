package com.courtside.inference.synth;

import com.courtside.timeline.LabelSet;
import com.courtside.timeline.io.OpenTtGamesJson;
import com.courtside.timeline.io.TruthJson;
import com.courtside.timeline.task.ProgressListener;

import java.awt.Color;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;

/**
 * Renders a synthetic table-tennis match and its ground truth: {@code <name>.mp4}, {@code <name>.truth.json}
 * and, when asked, {@code <name>_openttgames/}. Every output is written under a temporary name and renamed
 * when complete. Rendering runs on the calling thread; encoding runs on one more.
 *
 * <p>Every random choice comes from one {@link SplittableRandom} seeded with the options' seed and split in a
 * fixed order, so a seed names one video exactly.
 */
public final class DemoMatchRenderer {

    static final String PROGRESS_MESSAGE = "Rendering demo match";

    public RenderResult render(RenderOptions options, Path outputMp4, ProgressListener listener)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        Path video = outputMp4.toAbsolutePath();
        Path dir = video.getParent();
        Files.createDirectories(dir);
        String base = baseName(video);
        Path partial = dir.resolve(video.getFileName() + ".part");
        Path truthFile = dir.resolve(base + ".truth.json");
        Path openTtGames = options.writeOpenTtGames() ? dir.resolve(base + "_openttgames") : null;

        int frames = options.frameCount();
        SimClock clock = new SimClock(options.fps());
        SplittableRandom root = new SplittableRandom(options.seed());
        Camera camera = Camera.broadcast(options.width(), options.height(), root.split());
        TruthRecorder truth = new TruthRecorder(clock, frames);
        FrameComposer composer = composer(options, clock, camera, root, truth);
        SplittableRandom frameRandom = root.split();
        YuvConverter yuv = new YuvConverter(options.width(), options.height(), options.difficulty().grainSigma(), root.split());
        BrightnessDrift drift = new BrightnessDrift(options.difficulty().brightnessDrift(), root.split());

        String codec;
        try (VideoEncoder encoder = new VideoEncoder(partial, options.width(), options.height(), options.fps(),
                options.effectiveGopFrames(), options.effectiveBitrateKbps())) {
            codec = encoder.codecName();
            for (int f = 0; f < frames; f++) {
                if (listener.isCancelled()) {
                    throw new CancellationException("demo render cancelled at frame " + f + " of " + frames);
                }
                FrameComposer.BallSample ball = composer.compose(f);
                truth.ball(f, ball.visibility(), ball.x(), ball.y());
                ByteBuffer buffer = encoder.acquire();
                yuv.convert(composer.pixels(), buffer, drift.gainAt(f / (double) options.fps()),
                        frameRandom.nextInt(256), frameRandom.nextInt(256));
                encoder.submit(buffer);
                if (f % 10 == 9 || f == frames - 1) {
                    listener.progress(f + 1, frames, PROGRESS_MESSAGE);
                }
            }
            encoder.finish();
        } catch (IOException | InterruptedException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        } finally {
            composer.dispose();
        }
        moveReplacing(partial, video);

        LabelSet labels = truth.labels(options.width(), options.height());
        Map<String, Object> described = new LinkedHashMap<>(options.describe());
        described.put("videoCodec", codec);
        TruthJson.write(truthFile, labels, new TruthJson.RenderInfo(options.seed(), described));
        if (openTtGames != null) {
            OpenTtGamesJson.write(openTtGames, labels);
        }
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        return new RenderResult(video, truthFile, openTtGames, labels, codec, Files.size(video), elapsed);
    }

    private static FrameComposer composer(RenderOptions options, SimClock clock, Camera camera,
                                          SplittableRandom root, TruthRecorder truth) {
        Difficulty difficulty = options.difficulty();
        PlayerMotion near = new PlayerMotion(-1, clock, root.split());
        PlayerMotion far = new PlayerMotion(1, clock, root.split());
        SplittableRandom looks = root.split();
        boolean whiteFeet = difficulty.distractorLevel() >= 1;
        PlayerFigure.Look nearLook = PlayerFigure.Look.random(looks, whiteFeet);
        PlayerFigure.Look farLook = PlayerFigure.Look.random(looks, whiteFeet);
        Color ballColour = looks.nextDouble() < 0.75 ? new Color(250, 250, 245) : new Color(255, 140, 30);
        RallyPlanner planner = new RallyPlanner(clock, camera::sees);
        long lastTick = clock.tickOfFrame(options.frameCount() - 1);
        MatchScript script = new MatchScript(clock, lastTick, planner, root.split(), plan -> {
            truth.addRally(plan);
            near.add(plan);
            far.add(plan);
        });
        ScenePainter scene = new ScenePainter(camera, difficulty.distractorLevel(), root.split());
        CrowdPainter crowd = new CrowdPainter(camera, difficulty.distractorLevel(), root.split());
        BallPainter ball = new BallPainter(camera, ballColour, difficulty.ballScale());
        FrameComposer.Cast cast = new FrameComposer.Cast(script, near, far, nearLook, farLook, crowd, ball);
        return new FrameComposer(camera, clock, scene, cast, difficulty.exposure());
    }

    private static String baseName(Path video) {
        String name = video.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void moveReplacing(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
