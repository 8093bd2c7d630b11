package com.courtside.export.dataset;

import com.courtside.export.dataset.DatasetOptions.Shares;
import com.courtside.labeling.store.LayerLabels;
import com.courtside.timeline.BallTrack;
import com.courtside.timeline.io.BasketballTruth;
import com.courtside.timeline.players.PersonBoxes;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** COCO JSON and YOLO txt over the frames they refer to: a basketball scene with every person's box, and matches. */
class BoxesExportTest {

    private static final int STEP = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The basketball scene with its ball and people as labels, every frame labelled. */
    private static DatasetVideo court() throws Exception {
        Clips.Court court = Clips.court();
        BasketballTruth t = court.truth();
        BallTrack ball = new BallTrack(t.frameCount());
        for (int f = 0; f < t.frameCount(); f++) {
            if (t.ballSeen(f)) {
                ball.set(f, t.ballX()[f], t.ballY()[f]);
            }
        }
        return new DatasetVideo(court.video(), DatasetLabels.complete(new LayerLabels(ball, Clips.all(t.frameCount()),
                List.of(), List.of()), new LabelOrigin("truth", List.of(), "basketball truth")), t.people());
    }

    private DatasetReport export(DatasetFormat format) throws Exception {
        List<DatasetVideo> videos = new ArrayList<>(Clips.truthVideos());
        videos.add(court());
        return new DatasetExporter().export(videos, dir.resolve(format.wireName()), DatasetOptions.defaults(format)
                .withShares(new Shares(1, 1, 1)).withFrameStep(STEP), ProgressListener.NONE);
    }

    /** People's boxes in frame f that show in the picture. */
    private static int peopleInView(PersonBoxes people, int f, int width, int height) {
        int n = 0;
        for (int i = people.first(f); i < people.end(f); i++) {
            if (people.x(i) < width && people.y(i) < height && people.x(i) + people.width(i) > 0
                    && people.y(i) + people.height(i) > 0) {
                n++;
            }
        }
        return n;
    }

    @Test
    void cocoFilesFollowTheLayoutAndEveryImageIsAFrameOfItsVideosSplit() throws Exception {
        DatasetReport report = export(DatasetFormat.COCO);

        int images = 0;
        for (String split : List.of("train", "val", "test")) {
            Path file = report.folder().resolve("annotations/instances_" + split + ".json");
            assertThat(Files.readString(file)).as("decimals written plainly").doesNotContain("E+", "E-");
            JsonNode root = JSON.readTree(file.toFile());
            assertThat(root.has("info")).isTrue();
            assertThat(root.get("licenses").isArray()).isTrue();
            assertThat(root.get("categories").get(0).get("name").asText()).isEqualTo("ball");
            assertThat(root.get("categories").get(1).get("name").asText()).isEqualTo("person");
            Map<Integer, JsonNode> byId = new HashMap<>();
            for (JsonNode img : root.get("images")) {
                assertThat(report.splits().get(img.get("video").asText())).isEqualTo(split);
                assertThat(img.get("frame").asInt() % STEP).isZero();
                Path image = report.folder().resolve("images").resolve(split).resolve(img.get("file_name").asText());
                BufferedImage jpeg = ImageIO.read(image.toFile());
                assertThat(jpeg.getWidth()).isEqualTo(img.get("width").asInt()).isEqualTo(640);
                assertThat(img.get("id").isInt()).isTrue();
                byId.put(img.get("id").asInt(), img);
                images++;
            }
            for (JsonNode a : root.get("annotations")) {
                JsonNode img = byId.get(a.get("image_id").asInt());
                assertThat(img).isNotNull();
                JsonNode box = a.get("bbox");
                assertThat(box.size()).isEqualTo(4);
                assertThat(box.get(0).asDouble()).isBetween(0.0, 640.0);
                assertThat(box.get(0).asDouble() + box.get(2).asDouble()).isLessThanOrEqualTo(640.0);
                assertThat(box.get(1).asDouble() + box.get(3).asDouble()).isLessThanOrEqualTo(360.0);
                assertThat(a.get("area").asDouble()).isCloseTo(box.get(2).asDouble() * box.get(3).asDouble(),
                        within(0.05));
                assertThat(a.get("iscrowd").asInt()).isZero();
                assertThat(a.get("category_id").asInt()).isIn(1, 2);
            }
        }
        assertThat(images).isEqualTo(4 * 15).isEqualTo((int) report.total("images"));
    }

    @Test
    void cocoHoldsABallBoxWhereTheBallIsSeenAndEveryPersonInView() throws Exception {
        DatasetReport report = export(DatasetFormat.COCO);
        BasketballTruth t = Clips.court().truth();

        JsonNode root = JSON.readTree(report.folder().resolve("annotations/instances_"
                + report.splits().get("court") + ".json").toFile());
        Map<Integer, Integer> frameOf = new HashMap<>();
        root.get("images").forEach(img -> frameOf.put(img.get("id").asInt(), img.get("frame").asInt()));
        Map<Integer, int[]> perFrame = new HashMap<>();
        for (JsonNode a : root.get("annotations")) {
            int frame = frameOf.get(a.get("image_id").asInt());
            perFrame.computeIfAbsent(frame, k -> new int[2])[a.get("category_id").asInt() - 1]++;
            if (a.get("category_id").asInt() == 1) {
                JsonNode box = a.get("bbox");
                assertThat(box.get(0).asDouble() + box.get(2).asDouble() / 2).isCloseTo(t.ballX()[frame], within(0.05));
                assertThat(box.get(2).asDouble()).isCloseTo(8 * 360 / 1080.0, within(0.05));
            } else {
                assertThat(a.get("attributes").get("slot").asText()).isNotEmpty();
            }
        }
        int people = 0;
        for (int f = 0; f < t.frameCount(); f += STEP) {
            int[] counts = perFrame.getOrDefault(f, new int[2]);
            assertThat(counts[0]).as("ball boxes in frame %d", f).isEqualTo(t.ballSeen(f) ? 1 : 0);
            assertThat(counts[1]).as("people in frame %d", f).isEqualTo(peopleInView(t.people(), f, 640, 360));
            people += counts[1];
        }
        assertThat(people).isPositive();
    }

    @Test
    void yoloLabelsAreNormalisedCentreBoxesBesideTheirImages() throws Exception {
        DatasetReport report = export(DatasetFormat.YOLO);
        BasketballTruth t = Clips.court().truth();

        String split = report.splits().get("court");
        for (int f = 0; f < t.frameCount(); f += STEP) {
            String stem = String.format("court_%06d", f);
            assertThat(report.folder().resolve("images").resolve(split).resolve(stem + ".jpg")).isRegularFile();
            List<String> lines = Files.readAllLines(report.folder().resolve("labels").resolve(split)
                    .resolve(stem + ".txt"));
            int balls = 0;
            for (String line : lines) {
                String[] cells = line.split(" ");
                assertThat(cells).hasSize(5);
                assertThat(cells[0]).isIn("0", "1");
                for (int i = 1; i < 5; i++) {
                    assertThat(Double.parseDouble(cells[i])).isBetween(0.0, 1.0);
                }
                if (cells[0].equals("0")) {
                    balls++;
                    assertThat(Double.parseDouble(cells[1]) * 640).isCloseTo(t.ballX()[f], within(0.01));
                    assertThat(Double.parseDouble(cells[2]) * 360).isCloseTo(t.ballY()[f], within(0.01));
                }
            }
            assertThat(balls).isEqualTo(t.ballSeen(f) ? 1 : 0);
            assertThat(lines).hasSize(balls + peopleInView(t.people(), f, 640, 360));
        }
    }

    @Test
    void dataYamlNamesTheFolderTheSplitsAndTheClasses() throws Exception {
        DatasetReport report = export(DatasetFormat.YOLO);

        List<String> yaml = Files.readAllLines(report.folder().resolve("data.yaml"));
        assertThat(yaml).contains("path: '" + report.folder() + "'", "train: images/train", "val: images/val",
                "test: images/test", "nc: 2", "names:", "  0: ball", "  1: person");
        for (String split : List.of("train", "val", "test")) {
            try (Stream<Path> images = Files.list(report.folder().resolve("images").resolve(split))) {
                assertThat(images.count()).as(split).isPositive();
            }
        }
    }
}
