package com.courtside.timeline.io;

import com.courtside.timeline.BallTrack;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.Rally;
import com.courtside.timeline.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TruthJsonTest {

    @TempDir
    Path dir;

    private static LabelSet sample() {
        BallTrack ball = new BallTrack(6);
        ball.set(1, 100.25f, 200.5f);
        ball.set(2, 110.0f, 190.75f);
        ball.setHidden(3, BallTrack.Visibility.OCCLUDED, 120.5f, 185.0f);
        ball.setHidden(4, BallTrack.Visibility.OUT_OF_FRAME, -12f, 30f);
        return new LabelSet("render-demo", 1280, 720, Rational.of(30000, 1001), ball,
                List.of(new MatchEvent(2, EventKind.BOUNCE), new MatchEvent(1, EventKind.SERVE),
                        new MatchEvent(4, EventKind.NET)),
                List.of(new Rally(1, 4)));
    }

    private static TruthJson.RenderInfo renderInfo() {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("width", 1280);
        options.put("difficulty", "normal");
        return new TruthJson.RenderInfo(7L, options);
    }

    @Test
    void roundTripKeepsVideoFactsEventsAndRallies() throws IOException {
        Path file = dir.resolve("a.truth.json");
        TruthJson.write(file, sample(), renderInfo());

        LabelSet read = TruthJson.readLabels(file);

        assertThat(read.source()).isEqualTo("render-demo");
        assertThat(read.width()).isEqualTo(1280);
        assertThat(read.height()).isEqualTo(720);
        assertThat(read.fps()).isEqualTo(Rational.of(30000, 1001));
        assertThat(read.frameCount()).isEqualTo(6);
        assertThat(read.events()).containsExactlyElementsOf(sample().events());
        assertThat(read.rallies()).containsExactly(new Rally(1, 4));
    }

    @Test
    void roundTripKeepsBallPositionsAndVisibilityPerFrame() throws IOException {
        Path file = dir.resolve("a.truth.json");
        LabelSet original = sample();
        TruthJson.write(file, original, null);

        BallTrack read = TruthJson.readLabels(file).ball();

        for (int i = 0; i < original.frameCount(); i++) {
            assertThat(read.visibility(i)).as("frame %d", i).isEqualTo(original.ball().visibility(i));
            if (Float.isNaN(original.ball().x(i))) {
                assertThat(read.x(i)).isNaN();
            } else {
                assertThat(read.x(i)).isCloseTo(original.ball().x(i), within(0.005f));
                assertThat(read.y(i)).isCloseTo(original.ball().y(i), within(0.005f));
            }
        }
    }

    @Test
    void roundTripKeepsRenderSeedAndOptionsInOrder() throws IOException {
        Path file = dir.resolve("a.truth.json");
        TruthJson.write(file, sample(), renderInfo());

        TruthJson.Document doc = TruthJson.read(file);

        assertThat(doc.renderInfo()).isPresent();
        assertThat(doc.render().seed()).isEqualTo(7L);
        assertThat(doc.render().options()).containsExactly(Map.entry("width", 1280), Map.entry("difficulty", "normal"));
    }

    @Test
    void writingTwiceGivesIdenticalBytes() throws IOException {
        Path a = dir.resolve("a.truth.json");
        Path b = dir.resolve("b.truth.json");
        TruthJson.write(a, sample(), renderInfo());
        TruthJson.write(b, sample(), renderInfo());

        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }

    @Test
    void writeLeavesNoTemporaryFileBehind() throws IOException {
        TruthJson.write(dir.resolve("a.truth.json"), sample(), null);

        try (var files = Files.list(dir)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("a.truth.json");
        }
    }

    @Test
    void readingBrokenJsonNamesTheFileAndTheLine() throws IOException {
        Path file = dir.resolve("broken.truth.json");
        Files.writeString(file, "{\n \"format\": \"courtside-truth\",\n oops }");

        assertThatThrownBy(() -> TruthJson.read(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("broken.truth.json")
                .hasMessageContaining("not valid JSON")
                .hasMessageContaining("line 3");
    }

    @Test
    void readingAnotherKindOfJsonSaysItIsNotATruthFile() throws IOException {
        Path file = dir.resolve("other.json");
        Files.writeString(file, "{\"1\": {\"x\": 3, \"y\": 4}}");

        assertThatThrownBy(() -> TruthJson.read(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("other.json")
                .hasMessageContaining("is this a truth file?");
    }

    @Test
    void readingColumnsOfTheWrongLengthSaysWhichLengthsDiffer() throws IOException {
        Path file = dir.resolve("short.truth.json");
        TruthJson.write(file, sample(), null);
        String text = Files.readString(file).replace("\"frameCount\":6", "\"frameCount\":7");
        Files.writeString(file, text);

        assertThatThrownBy(() -> TruthJson.read(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("short.truth.json")
                .hasMessageContaining("frameCount is 7");
    }

    @Test
    void readingAnEventBeyondTheLastFrameNamesTheEvent() throws IOException {
        Path file = dir.resolve("late.truth.json");
        TruthJson.write(file, sample(), null);
        String text = Files.readString(file).replace("{\"frame\":4,\"kind\":\"net\"}", "{\"frame\":60,\"kind\":\"net\"}");
        Files.writeString(file, text);

        assertThatThrownBy(() -> TruthJson.read(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("events[2].frame is 60");
    }
}
