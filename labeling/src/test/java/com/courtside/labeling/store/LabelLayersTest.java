package com.courtside.labeling.store;

import com.courtside.labeling.store.LabelLayers.Layer;
import com.courtside.timeline.BallTrack.Visibility;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.Rally;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The three layers read from one real project: a model run, one human ball label, one human event and rally. */
class LabelLayersTest {

    private static final int FRAMES = 20;

    @TempDir
    Path dir;

    private Project project;
    private long video;

    @BeforeEach
    void fill() throws Exception {
        project = Project.open(dir.resolve("p.courtside"));
        video = new Videos(project).register(Fixtures.video(dir, "match.mp4", 3, FRAMES)).id();
        ModelRuns runs = new ModelRuns(project);
        long run = runs.start(video, ModelRuns.BALL_TASK, "m", null, "test", "CPU");
        runs.writeBall(run, new int[] {2, 3}, new float[] {10, 11}, new float[] {20, 21}, new byte[] {1, 1},
                new float[] {1, 1}, new boolean[] {false, false});
        runs.writeEvents(run, List.of(new MatchEvent(3, EventKind.BOUNCE)));
        runs.writeRallies(run, List.of(new Rally(1, 9)));
        runs.finish(run, "complete");
        human("INSERT INTO human_ball (video_id, frame, x, y, visibility, author, edited_at) "
                + "VALUES (?, 3, 50, 60, 1, 'a', 't')");
        human("INSERT INTO human_event (video_id, frame, kind, op, author, edited_at) VALUES (?, 12, 'net', 'add', 'a', 't')");
        human("INSERT INTO human_rally (video_id, start_frame, end_frame, op, author, edited_at) "
                + "VALUES (?, 11, 15, 'add', 'a', 't')");
    }

    private void human(String sql) {
        project.write("test row", c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, video);
                s.executeUpdate();
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        project.close();
    }

    private LayerLabels read(Layer layer) {
        return new LabelLayers(project).read(video, FRAMES, layer);
    }

    @Test
    void theModelLayerCoversEveryFrameAndIgnoresHumanLabels() {
        LayerLabels model = read(Layer.MODEL);

        assertThat(model.labelledFrames()).isEqualTo(FRAMES);
        assertThat(model.ball().visibleCount()).isEqualTo(2);
        assertThat(model.ball().x(3)).isEqualTo(11f);
        assertThat(model.events()).containsExactly(new MatchEvent(3, EventKind.BOUNCE));
        assertThat(model.rallies()).containsExactly(new Rally(1, 9));
    }

    @Test
    void theHumanLayerLabelsOnlyTheFramesSomeoneLabelled() {
        LayerLabels human = read(Layer.HUMAN);

        assertThat(human.labelledFrames()).isEqualTo(1);
        assertThat(human.ballLabelled()[3]).isTrue();
        assertThat(human.ball().visibility(3)).isEqualTo(Visibility.VISIBLE);
        assertThat(human.ball().x(3)).isEqualTo(50f);
        assertThat(human.events()).containsExactly(new MatchEvent(12, EventKind.NET));
        assertThat(human.rallies()).containsExactly(new Rally(11, 15));
    }

    @Test
    void theEffectiveLabelsAreTheHumanOnesOverTheModel() {
        LayerLabels effective = read(Layer.EFFECTIVE);

        assertThat(effective.labelledFrames()).isEqualTo(FRAMES);
        assertThat(effective.ball().x(2)).isEqualTo(10f);
        assertThat(effective.ball().x(3)).isEqualTo(50f);
        assertThat(effective.events()).containsExactly(new MatchEvent(3, EventKind.BOUNCE),
                new MatchEvent(12, EventKind.NET));
        assertThat(effective.rallies()).containsExactly(new Rally(1, 9), new Rally(11, 15));
    }

    @Test
    void aVideoWithoutLabelsHasEmptyLayers() throws Exception {
        long other = new Videos(project).register(Fixtures.video(dir, "other.mp4", 4, FRAMES)).id();

        for (Layer layer : Layer.values()) {
            assertThat(new LabelLayers(project).read(other, FRAMES, layer).isEmpty()).as(layer.name()).isTrue();
        }
    }
}
