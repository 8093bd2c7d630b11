package com.courtside.app.cli;

import com.courtside.app.cli.CliRun.Result;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch forms of {@code render-demo}, {@code import}, {@code evaluate} and {@code analyze}, in-process on two
 * rendered matches and a damaged file: each input done or failed on its own, the summary table and its JSON, the
 * exit code of the first failure, and a second run skipping what the first did.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BatchCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static String previousCache;
    private static Path first;
    private static Path second;
    private static Path damaged;

    @BeforeAll
    static void useOwnCache() throws Exception {
        previousCache = CliRun.useCache(dir.resolve("cache"));
        first = dir.resolve("m-000.mp4");
        second = dir.resolve("m-001.mp4");
        damaged = dir.resolve("damaged.mp4");
        Files.writeString(damaged, "not a video");
    }

    @AfterAll
    static void restoreCache() {
        CliRun.restoreCache(previousCache);
    }

    private static Result courtside(String... args) {
        return CliRun.courtside(args);
    }

    @Test
    @Order(1)
    void renderDemoCountRendersConsecutiveSeedsAndSkipsThemTheSecondTime() throws Exception {
        String[] args = {"render-demo", "-o", dir.resolve("m.mp4").toString(), "--count", "2", "--duration", "3",
                "--seed", "21"};
        Result made = courtside(args);
        assertThat(made.code()).as(made.err()).isZero();
        assertThat(first).isRegularFile();
        assertThat(second).isRegularFile();
        assertThat(dir.resolve("m-001.truth.json")).isRegularFile();
        assertThat(JSON.readTree(dir.resolve("m-001.truth.json").toFile()).at("/render/seed").asLong()).isEqualTo(22);
        assertThat(made.out()).contains("2 done, 0 skipped (done before), 0 failed");
        assertThat(made.err()).contains("[1/2] m-000.mp4").contains("[2/2] m-001.mp4");

        Result again = courtside(append(args, "--json"));
        assertThat(again.code()).as(again.err()).isZero();
        JsonNode root = JSON.readTree(again.out());
        assertThat(root.get("skipped").asInt()).isEqualTo(2);
        assertThat(root.get("matches")).extracting(m -> m.get("skipped").asBoolean()).containsExactly(true, true);

        Result otherSeed = courtside("render-demo", "-o", dir.resolve("m.mp4").toString(), "--count", "1",
                "--duration", "3", "--seed", "99", "--json");
        assertThat(otherSeed.code()).as(otherSeed.err()).isZero();
        assertThat(JSON.readTree(otherSeed.out()).get("done").asInt())
                .as("another seed is another match: rendered over the old one").isEqualTo(1);
        Result back = courtside(args);
        assertThat(back.out()).contains("1 done, 1 skipped (done before), 0 failed");
    }

    @Test
    @Order(2)
    void importTakesPairsCarriesOnPastABadOneAndSkipsFilesImportedBefore() throws Exception {
        Path markupA = dir.resolve("m-000_openttgames/ball_markup.json");
        Path markupB = dir.resolve("m-001_openttgames/ball_markup.json");
        Path missing = dir.resolve("nothing.csv");
        Result r = courtside("import", first.toString(), markupA.toString(), second.toString(), markupB.toString(),
                damaged.toString(), missing.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.out()).contains("2 done, 0 skipped (done before), 1 failed").contains("damaged.mp4");
        assertThat(r.err()).contains("error: nothing.csv:").doesNotContain("Exception");

        Result again = courtside("import", first.toString(), markupA.toString(), second.toString(),
                markupB.toString(), "--json");
        assertThat(again.code()).as(again.err()).isZero();
        JsonNode root = JSON.readTree(again.out());
        assertThat(root.get("skipped").asInt()).isEqualTo(2);
        assertThat(root.get("imports")).allSatisfy(i -> {
            assertThat(i.get("skipped").asBoolean()).isTrue();
            assertThat(i.get("ballPoints").asInt()).isPositive();
        });

        Result odd = courtside("import", first.toString(), markupA.toString(), second.toString());
        assertThat(odd.code()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(odd.err()).contains("pairs").contains("has no partner");
    }

    @Test
    @Order(3)
    void evaluateMeasuresEachVideoThenPoolsThem() throws Exception {
        Path list = dir.resolve("videos.txt");
        Files.write(list, List.of(first.toString(), second.toString()));
        Result text = courtside("evaluate", "@" + list, "--labels", "human");
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains("m-000.mp4: human against").contains("m-001.mp4: human against")
                .contains("All 2 videos pooled").contains("2 done, 0 skipped (done before), 0 failed");

        Result json = courtside("evaluate", first.toString(), second.toString(), damaged.toString(), "--labels",
                "human", "--json", "--csv", dir.resolve("csv").toString());
        assertThat(json.code()).isEqualTo(ExitCodes.INPUT);
        JsonNode root = JSON.readTree(json.out());
        JsonNode a = root.get("videos").get(0);
        JsonNode b = root.get("videos").get(1);
        JsonNode pooled = root.get("pooled");
        // The imported OpenTTGames markup is the renderer's truth: every visible ball found where it is.
        assertThat(pooled.get("ball_detection_rate").asDouble()).isGreaterThan(0.99);
        assertThat(pooled.get("ball_compared_frames").asInt())
                .isEqualTo(a.get("ball_compared_frames").asInt() + b.get("ball_compared_frames").asInt());
        assertThat(root.get("failed").asInt()).isEqualTo(1);
        assertThat(dir.resolve("csv/m-000.csv")).isRegularFile();
        assertThat(dir.resolve("csv/all-summary.csv")).isRegularFile();

        Result truthForMany = courtside("evaluate", first.toString(), second.toString(), "--truth",
                dir.resolve("m-000.truth.json").toString());
        assertThat(truthForMany.code()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(truthForMany.err()).contains("--truth names one file");
    }

    @Test
    @Order(4)
    void analyzeWritesItsSummaryAsJsonAndReportsKeptResultsAsSkipped() throws Exception {
        Result before = courtside("cut", first.toString(), "-o", dir.resolve("cuts").toString());
        assertThat(before.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(before.err()).contains("No rallies in m-000.mp4: analyse it first");
        Path summary = dir.resolve("out/summary.json");
        String[] args = {"analyze", first.toString(), damaged.toString(), second.toString(), "--model", "classical",
                "--summary-json", summary.toString()};
        Result r = courtside(args);
        assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
        JsonNode root = JSON.readTree(summary.toFile());
        assertThat(root.get("done").asInt()).isEqualTo(2);
        assertThat(root.get("failed").asInt()).isEqualTo(1);
        JsonNode row = root.get("inputs").get(0);
        assertThat(row.get("status").asText()).isEqualTo("done");
        assertThat(row.get("frames").asInt()).isEqualTo(90);
        assertThat(row.get("ballFrames").asInt()).isPositive()
                .isEqualTo(row.get("detectedFrames").asInt() + row.get("predictedFrames").asInt());
        assertThat(root.get("inputs").get(1).get("exitCode").asInt()).isEqualTo(ExitCodes.INPUT);

        assertThat(row.get("project").asText()).endsWith("m-000.courtside");
        assertThat(r.out()).contains("kept in the project");

        Result again = courtside(args);
        assertThat(JSON.readTree(summary.toFile()).get("skipped").asInt()).as(again.err()).isEqualTo(2);

        // The analysis went into each project as the window keeps one, so a batch can cut its rallies at once.
        Result cut = courtside("cut", first.toString(), second.toString(), "-o", dir.resolve("cuts").toString(),
                "--json");
        assertThat(cut.code()).as(cut.err()).isZero();
        JsonNode reels = JSON.readTree(cut.out());
        assertThat(reels).hasSize(2).allSatisfy(reel -> assertThat(reel.get("segments")).isNotEmpty());
    }

    @Test
    @Order(5)
    void exportLeavesOutAnUnreadableVideoOnlyWhenAskedAndSaysWhere() throws Exception {
        Path stopped = dir.resolve("stopped");
        Result strict = courtside("export", "--format", "tracknet", "-o", stopped.toString(), first.toString(),
                damaged.toString());
        assertThat(strict.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(stopped).doesNotExist();

        Path out = dir.resolve("dataset");
        Result r = courtside("export", "--format", "tracknet", "-o", out.toString(), first.toString(),
                damaged.toString(), second.toString(), "--skip-unreadable", "--json");
        assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).contains("warning: " + damaged + " is left out");
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.at("/videos/done").asInt()).isEqualTo(2);
        assertThat(root.at("/videos/failed").asInt()).isEqualTo(1);
        assertThat(root.get("splits").size()).isEqualTo(2);
        assertThat(JSON.readTree(out.resolve("manifest.json").toFile()).toString()).contains("m-000", "m-001")
                .doesNotContain("damaged");
    }

    @Test
    @Order(6)
    void aCocoAndAYoloExportImportBackIntoEachVideoWithTheLabelsTheyWereMadeOf() throws Exception {
        for (String format : List.of("coco", "yolo")) {
            Path out = dir.resolve(format);
            Result exported = courtside("export", "--format", format, "-o", out.toString(), first.toString(),
                    second.toString(), "--split", "0.5,0.5,0");
            assertThat(exported.code()).as(exported.err()).isZero();

            Result imported = courtside("import", first.toString(), out.toString(), second.toString(),
                    out.toString(), "--json");
            assertThat(imported.code()).as(imported.err()).isZero();
            JsonNode imports = JSON.readTree(imported.out()).get("imports");
            assertThat(imports).allSatisfy(i -> {
                assertThat(i.get("format").asText()).isEqualTo(format);
                assertThat(i.get("ballPoints").asInt()).as("every frame of the 3 s match").isEqualTo(90);
            });

            // The project's labels came from the OpenTTGames markup (whole pixels): the dataset must give them back.
            Result measured = courtside("evaluate", second.toString(), "--labels", out.toString(), "--against",
                    dir.resolve("m-001_openttgames/ball_markup.json").toString(), "--json");
            assertThat(measured.code()).as(measured.err()).isZero();
            JsonNode m = JSON.readTree(measured.out());
            assertThat(m.get("ball_detection_rate").asDouble()).as(format).isGreaterThan(0.99);
            assertThat(m.get("ball_rmse_px").asDouble()).as(format).isLessThan(0.05);
            assertThat(m.get("ball_false_positive_rate").asDouble()).as(format).isZero();
        }
    }

    private static String[] append(String[] args, String more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = more;
        return all;
    }
}
