package com.courtside.timeline.io;

import com.courtside.timeline.BallTrack;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.LabelSet;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.Rally;
import com.courtside.timeline.Rational;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenTtGamesJsonTest {

    @TempDir
    Path dir;

    private static LabelSet sample() {
        BallTrack ball = new BallTrack(5);
        ball.set(1, 100.4f, 200.6f);
        ball.set(2, 110f, 190f);
        ball.setHidden(3, BallTrack.Visibility.OCCLUDED, 120f, 185f);
        return new LabelSet("render-demo", 1920, 1080, Rational.of(120, 1), ball,
                List.of(new MatchEvent(1, EventKind.SERVE), new MatchEvent(2, EventKind.BOUNCE),
                        new MatchEvent(3, EventKind.NET), new MatchEvent(3, EventKind.BOUNCE),
                        new MatchEvent(4, EventKind.HIT)),
                List.of(new Rally(0, 4)));
    }

    @Test
    void ballMarkupHasEveryFrameWithMinusOneWhereTheBallIsNotSeen() throws IOException {
        OpenTtGamesJson.write(dir, sample());

        JsonNode ball = new ObjectMapper().readTree(dir.resolve(OpenTtGamesJson.BALL_FILE).toFile());

        assertThat(ball.size()).isEqualTo(5);
        assertThat(ball.get("1").get("x").asInt()).isEqualTo(100);
        assertThat(ball.get("1").get("y").asInt()).isEqualTo(201);
        assertThat(ball.get("3").get("x").asInt()).isEqualTo(-1);
        assertThat(ball.get("0").get("y").asInt()).isEqualTo(-1);
    }

    @Test
    void eventsMarkupHoldsOnlyBouncesAndNetsPreferringTheNetOnASharedFrame() throws IOException {
        OpenTtGamesJson.write(dir, sample());

        String events = Files.readString(dir.resolve(OpenTtGamesJson.EVENTS_FILE));

        assertThat(events).isEqualTo("{\"2\":\"bounce\",\"3\":\"net\"}");
    }

    @Test
    void roundTripKeepsVisibleBallPixelsAndTableEvents() throws IOException {
        OpenTtGamesJson.write(dir, sample());

        LabelSet read = OpenTtGamesJson.read(dir, 5, 1920, 1080, Rational.of(120, 1));

        assertThat(read.source()).isEqualTo(OpenTtGamesJson.SOURCE);
        assertThat(read.ball().isVisible(1)).isTrue();
        assertThat(read.ball().x(1)).isEqualTo(100f);
        assertThat(read.ball().isVisible(3)).isFalse();
        assertThat(read.ball().visibleCount()).isEqualTo(2);
        assertThat(read.events()).containsExactly(new MatchEvent(2, EventKind.BOUNCE), new MatchEvent(3, EventKind.NET));
        assertThat(read.rallies()).isEmpty();
    }

    @Test
    void readingIgnoresEmptyEvents() throws IOException {
        Files.writeString(dir.resolve(OpenTtGamesJson.BALL_FILE), "{\"0\": {\"x\": -1, \"y\": -1}}");
        Files.writeString(dir.resolve(OpenTtGamesJson.EVENTS_FILE), "{\"0\": \"empty_event\"}");

        LabelSet read = OpenTtGamesJson.read(dir, 3, 640, 360, Rational.of(30, 1));

        assertThat(read.events()).isEmpty();
    }

    @Test
    void readingAFrameBeyondTheVideoNamesFileAndFrame() throws IOException {
        Files.writeString(dir.resolve(OpenTtGamesJson.BALL_FILE), "{\"9\": {\"x\": 5, \"y\": 6}}");

        assertThatThrownBy(() -> OpenTtGamesJson.read(dir, 3, 640, 360, Rational.of(30, 1)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(OpenTtGamesJson.BALL_FILE)
                .hasMessageContaining("frame 9 is outside");
    }

    @Test
    void readingAnUnknownEventNamesIt() throws IOException {
        Files.writeString(dir.resolve(OpenTtGamesJson.BALL_FILE), "{}");
        Files.writeString(dir.resolve(OpenTtGamesJson.EVENTS_FILE), "{\"1\": \"smash\"}");

        assertThatThrownBy(() -> OpenTtGamesJson.read(dir, 3, 640, 360, Rational.of(30, 1)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("\"smash\"");
    }

    @Test
    void readingWithoutBallFileSaysWhatIsMissing() {
        assertThatThrownBy(() -> OpenTtGamesJson.read(dir, 3, 640, 360, Rational.of(30, 1)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(OpenTtGamesJson.BALL_FILE + " is missing");
    }
}
