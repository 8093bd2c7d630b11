package com.courtside.timeline.rally;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RallySettingsFileTest {

    @TempDir
    Path dir;

    private static final RallySettings CUSTOM = new RallySettings(3.2, 0.6, 0.3, 1.25, 0.2, 0.5, 2.5, 0.05, 0.9, 0.7);

    @ParameterizedTest
    @CsvSource({"rally.yaml", "rally.yml", "rally.json", "courtside.yaml", "courtside.json"})
    void settingsReadBackEqualFromYamlAndJson(String name) throws IOException {
        Path file = dir.resolve(name);
        RallySettingsFile.write(file, CUSTOM);
        assertThat(RallySettingsFile.read(file)).isEqualTo(CUSTOM);
        RallySettingsFile.write(file, RallyPreset.BEACH_VOLLEYBALL.settings());
        assertThat(RallySettingsFile.read(file)).isEqualTo(RallyPreset.BEACH_VOLLEYBALL.settings());
        assertThat(Files.readString(file)).contains("beach_volleyball");
    }

    @Test
    void aPresetWithOverridesStartsFromThePreset() throws IOException {
        Path file = write("courtside.yaml", "rally:\n  preset: beach_volleyball\n  minGapSeconds: 4.0\n");
        RallySettings beach = RallyPreset.BEACH_VOLLEYBALL.settings();
        var expected = beach.toMap();
        expected.put("minGapSeconds", 4.0);
        assertThat(RallySettingsFile.read(file)).isEqualTo(RallySettings.fromMap(expected));
    }

    @Test
    void aJsonSectionIsReadLikeAYamlOne() throws IOException {
        Path file = write("courtside.json", "{\"camera\": {}, \"rally\": {\"preset\": \"Table-Tennis\"}}");
        assertThat(RallySettingsFile.read(file)).isEqualTo(RallyPreset.TABLE_TENNIS.settings());
    }

    @Test
    void writingTheRallySectionKeepsTheOtherSections() throws IOException {
        Path file = write("courtside.yaml", "camera:\n  zoomPadding: 1.2\n");
        RallySettingsFile.write(file, CUSTOM);
        var root = new YAMLMapper().readTree(file.toFile());
        assertThat(root.path("camera").path("zoomPadding").asDouble()).isEqualTo(1.2);
        assertThat(root.path("rally").path("minGapSeconds").asDouble()).isEqualTo(2.5);
    }

    @Test
    void anUnknownKeyIsRefusedByName() throws IOException {
        Path file = write("courtside.yaml", "rally:\n  preset: tennis\n  minGap: 4\n");
        assertThatThrownBy(() -> RallySettingsFile.read(file))
                .isInstanceOf(IOException.class).hasMessageContaining("unknown rally setting 'minGap'")
                .hasMessageContaining("minGapSeconds");
    }

    @Test
    void aValueOutOfRangeIsRefusedNamingTheKeyAndTheValue() throws IOException {
        Path file = write("rally.yaml", "preset: tennis\nminDensity: 1.5\n");
        assertThatThrownBy(() -> RallySettingsFile.read(file))
                .isInstanceOf(IOException.class).hasMessageContaining("minDensity").hasMessageContaining("1.5")
                .hasMessageContaining(file.toString());
    }

    @Test
    void aValueThatIsNoNumberIsRefusedNamingTheKey() throws IOException {
        Path file = write("rally.json", "{\"preset\": \"tennis\", \"minPlaySeconds\": \"long\"}");
        assertThatThrownBy(() -> RallySettingsFile.read(file))
                .hasMessageContaining("minPlaySeconds must be a number");
    }

    @Test
    void anUnknownPresetIsRefusedByName() throws IOException {
        Path file = write("rally.yaml", "preset: squash\n");
        assertThatThrownBy(() -> RallySettingsFile.read(file)).hasMessageContaining("'squash'");
    }

    @Test
    void withoutAPresetEveryKeyIsNeeded() throws IOException {
        Path file = write("rally.yaml", "minGapSeconds: 4.0\n");
        assertThatThrownBy(() -> RallySettingsFile.read(file))
                .hasMessageContaining("missing").hasMessageContaining("continuationSeconds")
                .hasMessageNotContaining("[minGapSeconds");
    }

    @Test
    void aRepeatedKeyIsRefused() throws IOException {
        Path file = write("rally.yaml", "preset: tennis\nminGapSeconds: 4\nminGapSeconds: 5\n");
        assertThatThrownBy(() -> RallySettingsFile.read(file)).hasMessageContaining("minGapSeconds");
    }

    @Test
    void anotherExtensionIsRefused() throws IOException {
        Path file = write("rally.toml", "x = 1\n");
        assertThatThrownBy(() -> RallySettingsFile.read(file)).hasMessageContaining(".yaml, .yml or .json");
    }

    @Test
    void aPreferenceLineReadsBackEqual() throws IOException {
        String line = RallySettingsFile.toJson(CUSTOM);
        assertThat(line).doesNotContain("\n");
        assertThat(RallySettingsFile.fromJson(line, "the preference")).isEqualTo(CUSTOM);
        assertThatThrownBy(() -> RallySettingsFile.fromJson("{\"minGap\": 1}", "the preference"))
                .hasMessageContaining("the preference").hasMessageContaining("'minGap'");
        assertThatThrownBy(() -> RallySettingsFile.fromJson("[1", "the preference"))
                .hasMessageContaining("the preference cannot be read");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
