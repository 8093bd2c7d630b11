package com.courtside.inference.synth;

import com.courtside.timeline.LabelSet;
import com.courtside.timeline.io.OpenTtGamesJson;
import com.courtside.timeline.io.TruthJson;
import com.courtside.timeline.task.ProgressListener;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders a synthetic table-tennis match and its ground truth: {@code <name>.mp4}, {@code <name>.truth.json}
 * and, when asked, {@code <name>_openttgames/}. Every output is written under a temporary name and renamed
 * when complete. Rendering runs on the calling thread; encoding runs on one more. The same options give the
 * same bytes in every file.
 */
public final class DemoMatchRenderer {

    static final String PROGRESS_MESSAGE = "Rendering demo match";

    /**
     * Renders the video and writes the truth files beside it.
     *
     * @throws com.courtside.timeline.task.CancelledException when the listener cancels; nothing is left behind
     * @throws IOException when a file cannot be written or the encoder fails
     */
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
        RenderSession session = new RenderSession(options);
        String codec;
        try (VideoEncoder encoder = new VideoEncoder(partial, options.width(), options.height(), options.fps(),
                options.effectiveGopFrames(), options.effectiveBitrateKbps())) {
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

        LabelSet labels = session.labels();
        Map<String, Object> described = new LinkedHashMap<>(options.describe());
        described.put("videoCodec", codec);
        TruthJson.write(truthFile, labels, new TruthJson.RenderInfo(options.seed(), described));
        if (openTtGames != null) {
            OpenTtGamesJson.write(openTtGames, labels);
        }
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        return new RenderResult(video, truthFile, openTtGames, labels, codec, Files.size(video), elapsed);
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
