package com.courtside.export.dataset;

import com.courtside.export.dataset.DatasetOptions.Shares;
import com.courtside.inference.video.FrameImage;
import com.courtside.inference.video.VideoDecoder;
import com.courtside.labeling.imports.ImportContext;
import com.courtside.labeling.imports.ImportedLabels;
import com.courtside.labeling.imports.OpenTtGamesImporter;
import com.courtside.labeling.store.LayerLabels;
import com.courtside.timeline.BallTrack;
import com.courtside.timeline.BallTrack.Visibility;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.task.ProgressListener;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The OpenTTGames layout as TTNet reads it, checked on real rendered clips with their truth as labels. */
class OpenTtGamesExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DatasetOptions OPTIONS = DatasetOptions.defaults(DatasetFormat.OPENTTGAMES)
            .withShares(new Shares(1, 1, 1)).withSeed(7);

    @TempDir
    Path dir;

    private DatasetReport export(List<DatasetVideo> videos, DatasetOptions options) throws Exception {
        return new DatasetExporter().export(videos, dir.resolve("ttnet"), options, ProgressListener.NONE);
    }

    private Path annotations(DatasetReport report, String video) {
        return report.folder().resolve(OpenTtGamesWriter.folder(report.splits().get(video))).resolve("annotations")
                .resolve(video);
    }

    @Test
    void eachVideoIsAGameInTheFolderOfItsSplit() throws Exception {
        DatasetReport report = export(Clips.truthVideos(), OPTIONS);

        assertThat(report.splits().values()).containsExactlyInAnyOrder("train", "val", "test");
        for (Map.Entry<String, String> e : report.splits().entrySet()) {
            assertThat(annotations(report, e.getKey()).resolve("ball_markup.json")).isRegularFile();
            assertThat(annotations(report, e.getKey()).resolve("events_markup.json")).isRegularFile();
        }
        try (Stream<Path> games = Files.list(report.folder().resolve("training").resolve("annotations"))) {
            assertThat(games.map(p -> p.getFileName().toString()))
                    .containsExactly(report.splits().entrySet().stream().filter(e -> e.getValue().equals("train"))
                            .map(Map.Entry::getKey).findFirst().orElseThrow());
        }
    }

    @Test
    void ballMarkupHasIntegerPointsForEveryLabelledFrameAndMinusOneWhereNoBallIsSeen() throws Exception {
        Clips.Clip clip = Clips.matches().get(0);
        DatasetReport report = export(List.of(Clips.truthVideo(clip)), OPTIONS);

        JsonNode ball = JSON.readTree(annotations(report, "match-1").resolve("ball_markup.json").toFile());
        BallTrack truth = clip.truth().ball();
        assertThat(ball.size()).isEqualTo(truth.frameCount());
        for (int f = 0; f < truth.frameCount(); f++) {
            JsonNode xy = ball.get(Integer.toString(f));
            assertThat(xy.get("x").isInt()).isTrue();
            assertThat(xy.get("y").isInt()).isTrue();
            assertThat(xy.get("x").asInt()).isEqualTo(truth.isVisible(f) ? Math.round(truth.x(f)) : -1);
            assertThat(xy.get("y").asInt()).isEqualTo(truth.isVisible(f) ? Math.round(truth.y(f)) : -1);
        }
        assertThat(report.total("ball")).isEqualTo(truth.visibleCount());
    }

    @Test
    void eventsMarkupHoldsTheBouncesAndNetsByFrame() throws Exception {
        Clips.Clip clip = Clips.matches().get(0);
        DatasetReport report = export(List.of(Clips.truthVideo(clip)), OPTIONS);

        JsonNode events = JSON.readTree(annotations(report, "match-1").resolve("events_markup.json").toFile());
        List<Integer> bounces = clip.truth().events().stream().filter(e -> e.kind() == EventKind.BOUNCE)
                .map(MatchEvent::frame).toList();
        assertThat(bounces).isNotEmpty();
        List<Integer> keys = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = events.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            keys.add(Integer.parseInt(e.getKey()));
            assertThat(e.getValue().asText()).isEqualTo("bounce");
        }
        assertThat(keys).containsExactlyElementsOf(bounces);
    }

    @Test
    void framesNobodyLabelledAreLeftOut() throws Exception {
        Clips.Clip clip = Clips.matches().get(0);
        boolean[] labelled = new boolean[clip.truth().frameCount()];
        Arrays.fill(labelled, 30, 60, true);
        LayerLabels partial = new LayerLabels(clip.truth().ball(), labelled, List.of(), List.of());
        DatasetVideo video = new DatasetVideo(clip.video(), DatasetLabels.complete(partial,
                new LabelOrigin("reviewed", List.of(), "frames 30 to 59")));

        DatasetReport report = export(List.of(video), OPTIONS);

        JsonNode ball = JSON.readTree(annotations(report, "match-1").resolve("ball_markup.json").toFile());
        TreeSet<Integer> keys = new TreeSet<>();
        ball.fieldNames().forEachRemaining(k -> keys.add(Integer.parseInt(k)));
        assertThat(keys).hasSize(30).startsWith(30).endsWith(59);
    }

    @Test
    void importingTheExportGivesBackTheSameLabels() throws Exception {
        Clips.Clip clip = Clips.matches().get(1);
        DatasetReport report = export(List.of(Clips.truthVideo(clip)), OPTIONS);

        BallTrack truth = clip.truth().ball();
        ImportedLabels back = new OpenTtGamesImporter().read(annotations(report, "match-2")
                .resolve("ball_markup.json"), new ImportContext(truth.frameCount(), clip.video().facts().fps()));
        assertThat(back.pointCount()).isEqualTo(truth.frameCount());
        for (int i = 0; i < back.pointCount(); i++) {
            int f = back.frameAt(i);
            assertThat(f).isEqualTo(i);
            assertThat(back.visibilityAt(i)).isEqualTo(truth.isVisible(f) ? Visibility.VISIBLE : Visibility.NONE);
            if (truth.isVisible(f)) {
                assertThat(back.xAt(i)).isCloseTo(truth.x(f), within(0.5f));
                assertThat(back.yAt(i)).isCloseTo(truth.y(f), within(0.5f));
            }
        }
        assertThat(back.events()).containsExactlyElementsOf(clip.truth().events().stream()
                .filter(e -> e.kind() == EventKind.BOUNCE || e.kind() == EventKind.NET).toList());
    }

    @Test
    void withFramesTheFramesAroundEachEventAreWrittenAsTheVideoShowsThem() throws Exception {
        Clips.Clip clip = Clips.matches().get(2);
        DatasetReport report = export(List.of(Clips.truthVideo(clip)), OPTIONS.withFrames(true).withEventMargin(2));

        TreeSet<Integer> expected = new TreeSet<>();
        for (MatchEvent e : clip.truth().events()) {
            if (e.kind() == EventKind.BOUNCE) {
                IntStream.rangeClosed(e.frame() - 2, e.frame() + 2).forEach(expected::add);
            }
        }
        Path images = report.folder().resolve(OpenTtGamesWriter.folder(report.splits().get("match-3")))
                .resolve("images").resolve("match-3");
        try (Stream<Path> files = Files.list(images)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactlyElementsOf(expected.stream().map(f -> String.format("img_%06d.jpg", f)).toList());
        }
        assertThat(report.total("images")).isEqualTo(expected.size());
        try (VideoDecoder decoder = VideoDecoder.open(clip.video(), 2)) {
            FrameImage decoded = decoder.newFrame();
            for (int f : List.of(expected.first(), expected.last())) {
                BufferedImage jpeg = ImageIO.read(images.resolve(String.format("img_%06d.jpg", f)).toFile());
                assertThat(jpeg.getWidth()).isEqualTo(640);
                assertThat(jpeg.getHeight()).isEqualTo(360);
                decoder.read(f, decoded);
                double own = meanDifference(jpeg, decoded);
                decoder.read(f + 1, decoded);
                double next = meanDifference(jpeg, decoded);
                assertThat(own).as("frame %d matches its own frame better than the next", f).isLessThan(next);
                assertThat(own).isLessThan(4);
            }
        }
    }

    /** Mean absolute difference of the green channel, on a grid of pixels. */
    static double meanDifference(BufferedImage jpeg, FrameImage frame) {
        double sum = 0;
        int n = 0;
        for (int y = 0; y < frame.height(); y += 3) {
            for (int x = 0; x < frame.width(); x += 3) {
                sum += Math.abs((jpeg.getRGB(x, y) >> 8 & 0xff) - (frame.argbAt(x, y) >> 8 & 0xff));
                n++;
            }
        }
        return sum / n;
    }
}
