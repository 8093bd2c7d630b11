package com.courtside.timeline.io;

import com.courtside.timeline.players.PersonBoxes;
import com.courtside.timeline.players.PlayerSlot;
import com.courtside.timeline.players.Shot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class BasketballTruthJsonTest {

    @TempDir
    Path dir;

    private static BasketballTruth sample() {
        PersonBoxes people = new PersonBoxes.Builder()
                .add(0, 1, PlayerSlot.O1, 100.25f, 50.5f, 40f, 120f, 1f)
                .add(0, 6, PlayerSlot.D1, 130f, 55f, 42f, 118.75f, 1f)
                .add(1, 1, PlayerSlot.O1, 102f, 50.5f, 40f, 120f, 1f)
                .add(1, 11, PlayerSlot.OTHER, 600f, 20f, 30f, 90f, 1f)
                .add(2, 1, PlayerSlot.O1, 104f, 51f, 40f, 121f, 1f)
                .build();
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("mode", "scene");
        options.put("width", 640);
        float nan = Float.NaN;
        return new BasketballTruth(640, 360, 30, 3, 42L, options, people,
                List.of(new BasketballTruth.ShotTruth(new Shot(1, PlayerSlot.O1, 118.5f, 48.25f), 560.5f, 120.75f, true)),
                new float[] {110f, 118.5f, nan}, new float[] {90f, 48.25f, nan});
    }

    @Test
    void roundTripKeepsPeopleShotsAndBall() throws IOException {
        Path file = dir.resolve("clip" + BasketballTruthJson.SUFFIX);
        BasketballTruthJson.write(file, sample());

        BasketballTruth read = BasketballTruthJson.read(file);

        assertThat(read.width()).isEqualTo(640);
        assertThat(read.height()).isEqualTo(360);
        assertThat(read.fps()).isEqualTo(30.0);
        assertThat(read.frameCount()).isEqualTo(3);
        assertThat(read.seed()).isEqualTo(42L);
        assertThat(read.options()).containsEntry("mode", "scene").containsEntry("width", 640);
        PersonBoxes p = read.people();
        assertThat(p.size()).isEqualTo(5);
        assertThat(p.frame(3)).isEqualTo(1);
        assertThat(p.track(3)).isEqualTo(11);
        assertThat(p.slot(3)).isEqualTo(PlayerSlot.OTHER);
        assertThat(p.x(0)).isCloseTo(100.25f, within(0.01f));
        assertThat(p.height(1)).isCloseTo(118.75f, within(0.01f));
        assertThat(read.shotList()).containsExactly(new Shot(1, PlayerSlot.O1, 118.5f, 48.25f));
        assertThat(read.shots().get(0).made()).isTrue();
        assertThat(read.shots().get(0).rimX()).isCloseTo(560.5f, within(0.01f));
        assertThat(read.ballSeen(1)).isTrue();
        assertThat(read.ballSeen(2)).isFalse();
        assertThat(read.ballY()[0]).isEqualTo(90f);
    }

    @Test
    void writingTheSameTruthTwiceGivesTheSameBytes() throws IOException {
        Path a = dir.resolve("a.basketball.json");
        Path b = dir.resolve("b.basketball.json");
        BasketballTruthJson.write(a, sample());
        BasketballTruthJson.write(b, sample());
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        assertThat(Files.readString(a)).contains("\"format\":\"courtside-basketball-truth\"")
                .contains("[1,11,\"other\",600.0,20.0,30.0,90.0]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "wrong format      | \"courtside-basketball-truth\" | \"courtside-truth\"         | expected \"courtside-basketball-truth\"",
        "newer version     | \"version\":1                  | \"version\":2                | version 2 is not supported",
        "box past the clip | [2,1,\"O1\"                    | [3,1,\"O1\"                  | people[4] frame is 3",
        "track changes slot| [2,1,\"O1\"                    | [2,1,\"D2\"                  | track 1 is D2 here but O1 earlier",
        "unknown slot      | [1,11,\"other\"                | [1,11,\"coach\"              | unknown player slot 'coach'",
        "flat box          | 30.0,90.0]                     | 0.0,90.0]                    | people[3] has size 0.0x90.0",
        "shooter on defence| \"shooter\":\"O1\"             | \"shooter\":\"D1\"           | shots[0].shooter is D1",
        "short ball column | \"x\":[110.0,118.5,null]       | \"x\":[110.0,118.5]          | ball.x must be an array of one value per frame (3)",
        "half a ball       | \"y\":[90.0,48.25,null]        | \"y\":[90.0,48.25,7.0]       | ball frame 2 has only one of x and y",
    })
    void refusesABadFileNamingWhatIsWrong(String what, String find, String replace, String message) throws IOException {
        Path file = dir.resolve("bad.basketball.json");
        BasketballTruthJson.write(file, sample());
        String text = Files.readString(file);
        assertThat(text).contains(find.trim());
        Files.writeString(file, text.replace(find.trim(), replace.trim()));

        assertThatThrownBy(() -> BasketballTruthJson.read(file))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining(message.trim());
    }

    @Test
    void refusesMalformedJsonWithItsPosition() throws IOException {
        Path file = dir.resolve("broken.basketball.json");
        Files.writeString(file, "{\"format\": ");
        assertThatThrownBy(() -> BasketballTruthJson.read(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("is not valid JSON");
    }
}
