package com.courtside.export.dataset;

import com.courtside.export.npy.NpyWriter;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.timeline.VideoFacts;
import com.courtside.timeline.rally.GameState;
import com.courtside.timeline.rally.GameStateSeries;
import com.courtside.timeline.task.ProgressListener;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Clips for a VideoMAE game-state model, in the {@code game-state} contract's window: 16 frames, every k-th source
 * frame with k = round(fps / 30), starting every stride frames (RallyCut's 48 at 30 fps, scaled by fps, unless the
 * options give one), each labelled with the state of its middle frame ({@link GameStateLabels}):
 * <pre>
 * train/PLAY/NAME_000096.npy     uint8 RGB [16, 224, 224, 3], frames scaled to 224 × 224 as the model sees them
 * clips.csv                      path,label,video,start_frame
 * </pre>
 * NumPy arrays rather than videos or JPEG folders: {@code torch.from_numpy(np.load(path))} gives the clip exactly as
 * decoded, with no second lossy encoding, and VideoMAE's image processor takes the 16 frames as they are. A clip
 * whose middle frame's state is not known (no one vouched for that stretch) is left out.
 */
final class GameStateWriter implements DatasetWriter {

    static final String CSV = "clips.csv";
    static final String HEADER = "path,label,video,start_frame";
    static final int SIZE = 224;
    private static final int FRAMES = GameStateSeries.WINDOW_FRAMES;
    private static final int FRAME_BYTES = SIZE * SIZE * 3;

    /** A clip to write: where it starts and its label. */
    private record Window(int start, GameState label) {
    }

    /** A clip being filled as its frames decode. */
    private record Clip(Window window, byte[] rgb) {
    }

    private final List<String> rows = new ArrayList<>();

    @Override
    public List<String> classes() {
        return Arrays.stream(GameState.values()).map(Enum::name).toList();
    }

    @Override
    public void write(VideoEntry entry, ExportRun run, ProgressListener progress)
            throws IOException, VideoOpenException {
        int step = GameStateSeries.subsampleFor(entry.facts().fpsValue());
        int span = (FRAMES - 1) * step + 1;
        List<Window> windows = windows(entry, run.options(), span);
        boolean[] wanted = new boolean[entry.facts().frameCount()];
        windows.forEach(w -> IntStream.range(0, FRAMES).forEach(i -> wanted[w.start() + i * step] = true));
        int[] frames = IntStream.range(0, wanted.length).filter(f -> wanted[f]).toArray();
        Deque<Clip> open = new ArrayDeque<>();
        int[] next = {0};
        byte[] bgra = new byte[SIZE * SIZE * 4];
        FrameFeed.run(entry.video().video(), frames, SIZE, SIZE, run.options().threads(), 0, progress, frame -> {
            int f = frame.index();
            while (next[0] < windows.size() && windows.get(next[0]).start() <= f) {
                open.addLast(new Clip(windows.get(next[0]++), new byte[FRAMES * FRAME_BYTES]));
            }
            frame.pixels().get(bgra);
            for (Clip c : open) {
                int offset = f - c.window().start();
                if (offset % step == 0 && offset / step < FRAMES) {
                    toRgb(bgra, c.rgb(), offset / step * FRAME_BYTES);
                }
            }
            while (!open.isEmpty() && open.peekFirst().window().start() + span - 1 <= f) {
                save(open.removeFirst(), entry, run);
            }
        });
    }

    /** The clips of a video whose middle frame's state is known, with that state as their label. */
    private static List<Window> windows(VideoEntry entry, DatasetOptions options, int span) {
        VideoFacts facts = entry.facts();
        DatasetLabels labels = entry.labels();
        int stride = options.clipStride() > 0 ? options.clipStride() : GameStateSeries.strideFor(facts.fpsValue());
        byte[] state = GameStateLabels.of(labels.layer().rallies(), labels.layer().events(), facts.frameCount(),
                facts.fpsValue());
        List<Window> windows = new ArrayList<>();
        for (int start = 0; start + span <= facts.frameCount(); start += stride) {
            int middle = start + span / 2;
            if (labels.rallyStateKnown()[middle]) {
                windows.add(new Window(start, GameState.values()[state[middle]]));
            }
        }
        return windows;
    }

    private void save(Clip clip, VideoEntry entry, ExportRun run) throws IOException {
        Window w = clip.window();
        String label = w.label().name();
        String path = entry.split() + "/" + label + "/" + String.format("%s_%06d.npy", entry.name(), w.start());
        Path file = run.root().resolve(path);
        Files.createDirectories(file.getParent());
        NpyWriter.writeBytes(file, clip.rgb(), FRAMES, SIZE, SIZE, 3);
        rows.add(String.join(",", path, label, entry.name(), Integer.toString(w.start())));
        run.counts().add(entry, label, 1);
    }

    private static void toRgb(byte[] bgra, byte[] out, int at) {
        for (int i = 0, o = at; i < bgra.length; i += 4, o += 3) {
            out[o] = bgra[i + 2];
            out[o + 1] = bgra[i + 1];
            out[o + 2] = bgra[i];
        }
    }

    @Override
    public void finish(ExportRun run) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.addAll(rows);
        Files.write(run.root().resolve(CSV), lines, StandardCharsets.UTF_8);
    }
}
