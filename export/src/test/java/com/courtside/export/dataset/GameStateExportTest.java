package com.courtside.export.dataset;

import com.courtside.export.dataset.DatasetOptions.Shares;
import com.courtside.inference.video.FrameImage;
import com.courtside.inference.video.VideoDecoder;
import com.courtside.labeling.store.LayerLabels;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.MatchEvent;
import com.courtside.timeline.Rally;
import com.courtside.timeline.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Game-state clips: .npy arrays in split and label folders, a CSV, labels from the rallies and serves. */
class GameStateExportTest {

    private static final int CLIP_BYTES = 16 * 224 * 224 * 3;

    @TempDir
    Path dir;

    private DatasetReport export(List<DatasetVideo> videos, DatasetOptions options) throws Exception {
        return new DatasetExporter().export(videos, dir.resolve("clips"), options, ProgressListener.NONE);
    }

    private static DatasetOptions strideSixteen() {
        return DatasetOptions.defaults(DatasetFormat.GAME_STATE).withShares(new Shares(1, 1, 1)).withClipStride(16);
    }

    /** The label of a clip starting at {@code start}, worked out here from the truth: its middle frame's state. */
    private static String expectedLabel(Clips.Clip clip, int start) {
        int middle = start + 8;
        Rally rally = clip.truth().rallies().get(0);
        int serve = clip.truth().events().stream().filter(e -> e.kind() == EventKind.SERVE).findFirst()
                .orElseThrow().frame();
        if (!rally.contains(middle)) {
            return "NO_PLAY";
        }
        return middle <= serve + 9 ? "SERVICE" : "PLAY";
    }

    private static byte[] data(Path npy) throws Exception {
        byte[] bytes = Files.readAllBytes(npy);
        int headerLength = ByteBuffer.wrap(bytes, 8, 2).order(ByteOrder.LITTLE_ENDIAN).getShort();
        String header = new String(bytes, 10, headerLength, StandardCharsets.US_ASCII);
        assertThat(header).contains("'descr': '|u1'", "'shape': (16, 224, 224, 3)");
        assertThat(bytes.length - 10 - headerLength).isEqualTo(CLIP_BYTES);
        return Arrays.copyOfRange(bytes, 10 + headerLength, bytes.length);
    }

    @Test
    void everyClipIsInTheFolderOfItsSplitAndLabelWithARowInTheCsv() throws Exception {
        DatasetReport report = export(Clips.truthVideos(), strideSixteen());

        List<String> rows = Files.readAllLines(report.folder().resolve("clips.csv"));
        assertThat(rows.get(0)).isEqualTo("path,label,video,start_frame");
        assertThat(rows).hasSize(1 + 3 * 9);
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",");
            String video = cells[2];
            int start = Integer.parseInt(cells[3]);
            Clips.Clip clip = Clips.matches().get(Integer.parseInt(video.substring("match-".length())) - 1);
            assertThat(start % 16).isZero();
            assertThat(cells[1]).as(row).isEqualTo(expectedLabel(clip, start));
            assertThat(cells[0]).isEqualTo(report.splits().get(video) + "/" + cells[1] + "/"
                    + String.format("%s_%06d.npy", video, start));
            data(report.folder().resolve(cells[0]));
        }
        assertThat(report.total("SERVICE")).isPositive();
        assertThat(report.total("PLAY")).isPositive();
        assertThat(report.total("NO_PLAY")).isPositive();
    }

    @Test
    void aClipHoldsItsSixteenFramesAsTheModelSeesThem() throws Exception {
        Clips.Clip clip = Clips.matches().get(0);
        DatasetReport report = export(List.of(Clips.truthVideo(clip)), strideSixteen());

        Path npy = report.folder().resolve("train").resolve(expectedLabel(clip, 32))
                .resolve("match-1_000032.npy");
        byte[] rgb = data(npy);
        try (VideoDecoder decoder = VideoDecoder.openScaled(clip.video(), 224, 224, 2)) {
            FrameImage frame = decoder.newFrame();
            for (int slot : new int[] {0, 15}) {
                decoder.read(32 + slot, frame);
                for (int[] p : new int[][] {{0, 0}, {111, 57}, {223, 223}}) {
                    int o = slot * 224 * 224 * 3 + (p[1] * 224 + p[0]) * 3;
                    int argb = frame.argbAt(p[0], p[1]);
                    assertThat(rgb[o] & 0xff).isEqualTo(argb >> 16 & 0xff);
                    assertThat(rgb[o + 1] & 0xff).isEqualTo(argb >> 8 & 0xff);
                    assertThat(rgb[o + 2] & 0xff).isEqualTo(argb & 0xff);
                }
            }
        }
    }

    @Test
    void clipsStartEveryFortyEightFramesAtThirtyFpsByDefault() throws Exception {
        DatasetReport report = export(List.of(Clips.truthVideo(Clips.matches().get(0))),
                DatasetOptions.defaults(DatasetFormat.GAME_STATE).withShares(new Shares(1, 0, 0)));

        List<String> rows = Files.readAllLines(report.folder().resolve("clips.csv"));
        assertThat(rows.stream().skip(1).map(r -> r.split(",")[3])).containsExactly("0", "48", "96");
    }

    @Test
    void clipsWhoseMiddleFrameNobodyVouchedForAreLeftOut() throws Exception {
        Clips.Clip clip = Clips.matches().get(0);
        boolean[] known = new boolean[150];
        Arrays.fill(known, 0, 60, true);
        DatasetVideo video = new DatasetVideo(clip.video(), new DatasetLabels(new LayerLabels(clip.truth().ball(),
                Clips.all(150), clip.truth().events(), clip.truth().rallies()), known,
                new LabelOrigin("reviewed", List.of(), "first two seconds")));

        DatasetReport report = export(List.of(video), strideSixteen());

        List<String> rows = Files.readAllLines(report.folder().resolve("clips.csv"));
        assertThat(rows.stream().skip(1).map(r -> Integer.parseInt(r.split(",")[3])))
                .containsExactly(0, 16, 32, 48);
    }

    @Test
    void serviceRunsFromTheRallyStartToJustAfterTheServeElseForTheFirstSecond() {
        List<Rally> rallies = List.of(new Rally(10, 100), new Rally(200, 280));
        List<MatchEvent> events = List.of(new MatchEvent(20, EventKind.SERVE), new MatchEvent(30, EventKind.BOUNCE));

        byte[] state = GameStateLabels.of(rallies, events, 300, 30);

        Map<Integer, Integer> expected = Map.of(9, 0, 10, 2, 29, 2, 30, 1, 100, 1, 101, 0,
                200, 2, 229, 2, 230, 1, 281, 0);
        expected.forEach((frame, ordinal) -> assertThat(state[frame]).as("frame %d", frame)
                .isEqualTo(ordinal.byteValue()));
    }
}
