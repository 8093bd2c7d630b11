package com.courtside.inference.synth.basketball;

import com.courtside.inference.synth.VideoEncoder;
import com.courtside.timeline.io.BasketballTruth;
import com.courtside.timeline.io.BasketballTruthJson;
import com.courtside.timeline.task.ProgressListener;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders synthetic basketball: {@code NAME.mp4} with {@code NAME.basketball.json} beside it, or a set of
 * one-shot scenes {@code NAME-000.mp4}, {@code NAME-001.mp4}, ... each with its own truth. Every file is written
 * under a temporary name and renamed when complete. Drawing runs on the calling thread, encoding on one more;
 * the same options give the same bytes.
 */
public final class BasketballRenderer {

    static final String PROGRESS_MESSAGE = "Rendering basketball";

    private static final Object ENCODER_OPENING = new Object();

    private final int scenesInParallel;

    /** Renders as many scenes at once as there are cores, up to four. */
    public BasketballRenderer() {
        this(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
    }

    /**
     * @param scenesInParallel how many scenes of a set render at once. Each scene's encoder runs on one thread
     *                         (for identical bytes), so one scene at a time leaves a core idle while it waits
     *                         for the encoder; two scenes keep two cores busy.
     */
    public BasketballRenderer(int scenesInParallel) {
        if (scenesInParallel < 1) {
            throw new IllegalArgumentException("at least one scene must render at a time, got " + scenesInParallel);
        }
        this.scenesInParallel = scenesInParallel;
    }

    /**
     * Renders one clip (a scene or a match, as the options say).
     *
     * @throws com.courtside.timeline.task.CancelledException when the listener cancels; nothing is left behind
     */
    public BasketballResult render(BasketballOptions options, Path outputMp4, ProgressListener listener)
            throws IOException, InterruptedException {
        return renderClip(options, outputMp4, Map.of(), listener);
    }

    /**
     * Renders {@code count} one-shot scenes {@code NAME-000.mp4}, ... beside {@code outputMp4}; scene i uses the
     * seed {@link BasketballOptions#sceneSeed} of the options' seed and i, so a set can be extended later with
     * the same scenes at its start. Results come in scene order whatever order the scenes finish in.
     */
    public List<BasketballResult> renderScenes(BasketballOptions options, int count, Path outputMp4,
                                               ProgressListener listener) throws IOException, InterruptedException {
        if (options.mode() != BasketballOptions.Mode.SCENE) {
            throw new IllegalArgumentException("scenes need options in scene mode");
        }
        if (count < 1) {
            throw new IllegalArgumentException("the number of scenes must be at least 1, got " + count);
        }
        return new SceneBatch(this, options, count, outputMp4.toAbsolutePath(), listener)
                .run(Math.min(count, scenesInParallel));
    }

    /** The file of scene {@code index} of a set named after {@code video}. */
    static Path sceneFile(Path video, int index) {
        return video.resolveSibling(String.format(Locale.ROOT, "%s-%03d.mp4", baseName(video), index));
    }

    /** Renders one clip, reporting its own frames (done of its frame count) to {@code listener}. */
    BasketballResult renderClip(BasketballOptions options, Path outputMp4, Map<String, Object> extra,
                                ProgressListener listener) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Path video = outputMp4.toAbsolutePath();
        Files.createDirectories(video.getParent());
        Path partial = video.resolveSibling(video.getFileName() + ".part");
        Path truthFile = truthFileFor(video);
        int frames = options.frameCount();
        BasketballSession session = new BasketballSession(options);
        String codec;
        VideoEncoder encoder;
        // Opening an encoder lowers FFmpeg's global log level for a moment; scenes opening at once would restore
        // it under each other's feet and let OpenH264's start-up chatter through.
        synchronized (ENCODER_OPENING) {
            encoder = new VideoEncoder(partial, options.width(), options.height(), options.fps(),
                    options.effectiveGopFrames(), options.effectiveBitrateKbps());
        }
        try (encoder) {
            codec = encoder.codecName();
            for (int f = 0; f < frames; f++) {
                listener.checkCancelled();
                session.drawFrame(f);
                ByteBuffer buffer = encoder.acquire();
                session.toYuv(f, buffer);
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
            session.dispose();
        }
        moveReplacing(partial, video);
        Map<String, Object> described = new LinkedHashMap<>(options.describe());
        described.putAll(extra);
        described.put("videoCodec", codec);
        BasketballTruth truth = session.truth(described);
        BasketballTruthJson.write(truthFile, truth);
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        return new BasketballResult(video, truthFile, truth, codec, Files.size(video), elapsed);
    }

    /** {@code NAME.basketball.json} beside {@code NAME.mp4}. */
    public static Path truthFileFor(Path video) {
        return video.resolveSibling(baseName(video) + BasketballTruthJson.SUFFIX);
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
