package com.courtside.app.cli;

import com.courtside.app.cli.CliRun.Result;
import com.courtside.labeling.imports.TrackNetCsvImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code courtside export} in-process on a rendered clip whose labels were imported into its project: a TrackNet
 * export gives the imported ball back, and bad input gets the design's exit codes.
 */
class ExportCommandTest {

    @TempDir
    static Path dir;
    private static Path clip;

    private static Result run(String... args) {
        return CliRun.courtside(args);
    }

    @BeforeAll
    static void labelledClip() {
        clip = dir.resolve("rally.mp4");
        Result render = run("render-demo", "-o", clip.toString(), "--duration", "3", "--seed", "5");
        assertThat(render.code()).as(render.err()).isZero();
        Result imported = run("import", clip.toString(), dir.resolve("rally_openttgames/ball_markup.json").toString());
        assertThat(imported.code()).as(imported.err()).isZero();
    }

    @Test
    void aTrackNetExportGivesTheImportedBallBack() throws Exception {
        Path out = dir.resolve("tracknet");
        Result r = run("export", "--format", "tracknet", clip.toString(), "-o", out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("tracknet dataset of 1 video (reviewed labels) written to");
        Result json = run("export", "--format", "rallycut", "--labels", "effective", "--json", clip.toString(), "-o",
                dir.resolve("rallycut").toString());
        assertThat(json.code()).as(json.err()).isZero();
        var report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
        assertThat(report.get("format").asText()).isEqualTo("rallycut");
        assertThat(report.get("splits").get("rally").asText()).isEqualTo("train");
        assertThat(report.get("files").asLong()).isPositive();
        assertThat(out.resolve("manifest.json")).isNotEmptyFile();
        Path csv;
        try (var files = Files.walk(out)) {
            csv = files.filter(p -> p.toString().endsWith(".csv")).findFirst().orElseThrow();
        }
        var exported = new TrackNetCsvImporter().read(csv, new com.courtside.labeling.imports.ImportContext(90, com.courtside.timeline.Rational.of(30, 1)));
        var original = new com.courtside.labeling.imports.OpenTtGamesImporter().read(
                dir.resolve("rally_openttgames/ball_markup.json"),
                new com.courtside.labeling.imports.ImportContext(90, com.courtside.timeline.Rational.of(30, 1)));
        assertThat(exported.pointCount()).isEqualTo(original.pointCount());
        for (int i = 0; i < original.pointCount(); i++) {
            assertThat(exported.frameAt(i)).isEqualTo(original.frameAt(i));
            assertThat(exported.visibilityAt(i)).isEqualTo(original.visibilityAt(i));
        }
    }

    @Test
    void badInputGetsTheExitCodesOfTheDesign() throws Exception {
        Result format = run("export", "--format", "pascal-voc", clip.toString(), "-o", dir.resolve("a").toString());
        assertThat(format.code()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(format.err()).contains("Unknown dataset format 'pascal-voc'").contains("tracknet");

        Path unlabelled = dir.resolve("other.mp4");
        Files.copy(clip, unlabelled);
        Result noLabels = run("export", "--format", "tracknet", unlabelled.toString(), "-o",
                dir.resolve("b").toString());
        assertThat(noLabels.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(noLabels.err()).contains("No labels of other.mp4 yet");

        Path full = Files.createDirectories(dir.resolve("full"));
        Files.writeString(full.resolve("keep.txt"), "mine");
        Result notEmpty = run("export", "--format", "rallycut", clip.toString(), "-o", full.toString());
        assertThat(notEmpty.code()).isEqualTo(ExitCodes.OUTPUT);
        assertThat(notEmpty.err()).contains("already holds files");
        assertThat(Files.readString(full.resolve("keep.txt"))).isEqualTo("mine");

        Path blocker = Files.writeString(dir.resolve("a-file"), "not a folder");
        Result unwritable = run("export", "--format", "tracknet", clip.toString(), "-o",
                blocker.resolve("set").toString());
        assertThat(unwritable.code()).isEqualTo(ExitCodes.OUTPUT);
        assertThat(unwritable.err()).contains("a-file is a file, not a folder");
    }
}
