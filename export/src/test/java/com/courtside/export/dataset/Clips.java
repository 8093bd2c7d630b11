package com.courtside.export.dataset;

import com.courtside.inference.synth.DemoMatchRenderer;
import com.courtside.inference.synth.RenderOptions;
import com.courtside.inference.synth.basketball.BasketballOptions;
import com.courtside.inference.synth.basketball.BasketballRenderer;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoProbe;
import com.courtside.labeling.store.LayerLabels;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.io.BasketballTruth;
import com.courtside.timeline.io.BasketballTruthJson;
import com.courtside.timeline.io.TruthJson;
import com.courtside.timeline.task.ProgressListener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Real rendered clips for the export tests, made once and kept in {@code target/dataset-test-clips} (rendering is
 * deterministic): three 5 s table-tennis matches at 640 × 360 (seeds 1–3, one rally each with a serve, bounces and
 * hits) and one basketball scene with every person's box.
 */
final class Clips {

    /** A rendered clip, opened, with its truth. */
    record Clip(OpenedVideo video, LabelSet truth) {
    }

    /** The basketball scene, opened, with its truth. */
    record Court(OpenedVideo video, BasketballTruth truth) {
    }

    private static final Path DIR = Path.of("target", "dataset-test-clips").toAbsolutePath();
    private static List<Clip> matches;
    private static Court court;

    private Clips() {
    }

    static synchronized List<Clip> matches() throws Exception {
        if (matches == null) {
            List<Clip> out = new ArrayList<>();
            for (int seed = 1; seed <= 3; seed++) {
                Path video = DIR.resolve("match-" + seed + ".mp4");
                Path truth = DIR.resolve("match-" + seed + ".truth.json");
                if (!Files.exists(video) || !Files.exists(truth)) {
                    RenderOptions options = RenderOptions.defaults().withSize(640, 360).withDuration(5)
                            .withSeed(seed).withOpenTtGames(false);
                    Path tmp = Files.createDirectories(DIR.resolve(".render-" + ProcessHandle.current().pid()));
                    new DemoMatchRenderer().render(options, tmp.resolve(video.getFileName()), ProgressListener.NONE);
                    Files.move(tmp.resolve(truth.getFileName()), truth, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(tmp.resolve(video.getFileName()), video, StandardCopyOption.REPLACE_EXISTING);
                    Files.delete(tmp);
                }
                out.add(new Clip(open(video), TruthJson.readLabels(truth)));
            }
            matches = List.copyOf(out);
        }
        return matches;
    }

    static synchronized Court court() throws Exception {
        if (court == null) {
            Path video = DIR.resolve("court.mp4");
            Path truth = DIR.resolve("court" + BasketballTruthJson.SUFFIX);
            if (!Files.exists(video) || !Files.exists(truth)) {
                Path tmp = Files.createDirectories(DIR.resolve(".render-" + ProcessHandle.current().pid()));
                new BasketballRenderer().render(BasketballOptions.scene().withSize(640, 360).withSeed(4),
                        tmp.resolve(video.getFileName()), ProgressListener.NONE);
                Files.move(tmp.resolve(truth.getFileName()), truth, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp.resolve(video.getFileName()), video, StandardCopyOption.REPLACE_EXISTING);
                Files.delete(tmp);
            }
            court = new Court(open(video), BasketballTruthJson.read(truth));
        }
        return court;
    }

    private static OpenedVideo open(Path video) throws Exception {
        return new VideoProbe(null, 2).open(video, ProgressListener.NONE);
    }

    /** The clip with its whole truth as labels: every frame labelled. */
    static DatasetVideo truthVideo(Clip clip) {
        LabelSet t = clip.truth();
        return new DatasetVideo(clip.video(), DatasetLabels.complete(new LayerLabels(t.ball(), all(t.frameCount()),
                t.events(), t.rallies()), new LabelOrigin("truth", List.of(), "render-demo truth")));
    }

    static List<DatasetVideo> truthVideos() throws Exception {
        return matches().stream().map(Clips::truthVideo).toList();
    }

    static boolean[] all(int n) {
        boolean[] flags = new boolean[n];
        Arrays.fill(flags, true);
        return flags;
    }
}
