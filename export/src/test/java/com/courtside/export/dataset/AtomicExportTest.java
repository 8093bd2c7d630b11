package com.courtside.export.dataset;

import com.courtside.export.dataset.DatasetExportException.Problem;
import com.courtside.export.dataset.DatasetOptions.Shares;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoProbe;
import com.courtside.timeline.task.CancelledException;
import com.courtside.timeline.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An export that does not finish leaves nothing that looks finished, and says why. */
class AtomicExportTest {

    private static final DatasetOptions WITH_FRAMES = DatasetOptions.defaults(DatasetFormat.OPENTTGAMES)
            .withFrames(true).withShares(new Shares(1, 1, 1));

    @TempDir
    Path dir;

    private List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aCancelledExportLeavesNoFolder() throws Exception {
        Path target = dir.resolve("dataset");
        AtomicInteger steps = new AtomicInteger();
        List<String> whileWriting = new CopyOnWriteArrayList<>();
        ProgressListener cancelSoon = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
                if (steps.incrementAndGet() == 3) {
                    try {
                        whileWriting.addAll(namesIn(dir));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }

            @Override
            public boolean isCancelled() {
                return steps.get() > 3;
            }
        };

        assertThatThrownBy(() -> new DatasetExporter().export(Clips.truthVideos(), target, WITH_FRAMES, cancelSoon))
                .isInstanceOf(CancelledException.class);

        assertThat(whileWriting).singleElement().asString().startsWith(".dataset.partial-");
        assertThat(target).doesNotExist();
        assertThat(namesIn(dir)).isEmpty();
    }

    @Test
    void aVideoThatCannotBeDecodedStopsTheExportLeavingNoFolderAndSaysSo() throws Exception {
        Path copy = dir.resolve("gone.mp4");
        Files.copy(Clips.matches().get(1).video().facts().path(), copy);
        OpenedVideo opened = new VideoProbe(null, 2).open(copy, ProgressListener.NONE);
        DatasetVideo good = Clips.truthVideo(Clips.matches().get(0));
        DatasetVideo gone = new DatasetVideo(opened, Clips.truthVideo(Clips.matches().get(1)).labels());
        Files.delete(copy);
        Path target = dir.resolve("out").resolve("dataset");

        assertThatThrownBy(() -> new DatasetExporter().export(List.of(good, gone), target, WITH_FRAMES,
                ProgressListener.NONE))
                .isInstanceOfSatisfying(DatasetExportException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.VIDEO_UNREADABLE);
                    assertThat(e.getMessage()).contains("gone.mp4").contains("nothing was written");
                });

        assertThat(target).doesNotExist();
        assertThat(namesIn(target.getParent())).isEmpty();
    }

    @Test
    void aFolderThatHoldsFilesIsRefusedAndLeftAsItWas() throws Exception {
        Path target = Files.createDirectories(dir.resolve("dataset"));
        Files.writeString(target.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> new DatasetExporter().export(Clips.truthVideos(), target,
                DatasetOptions.defaults(DatasetFormat.TRACKNET), ProgressListener.NONE))
                .isInstanceOfSatisfying(DatasetExportException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.TARGET_NOT_EMPTY);
                    assertThat(e.getMessage()).contains("already holds files");
                });

        assertThat(namesIn(target)).containsExactly("notes.txt");
        assertThat(namesIn(dir)).containsExactly("dataset");
    }

    @Test
    void anEmptyFolderReceivesTheDataset() throws Exception {
        Path target = Files.createDirectories(dir.resolve("dataset"));

        new DatasetExporter().export(Clips.truthVideos(), target, DatasetOptions.defaults(DatasetFormat.TRACKNET),
                ProgressListener.NONE);

        assertThat(target.resolve("manifest.json")).isRegularFile();
        assertThat(namesIn(dir)).containsExactly("dataset");
    }

    @Test
    void aFileWhereAFolderShouldBeIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");

        assertThatThrownBy(() -> new DatasetExporter().export(Clips.truthVideos(), file.resolve("dataset"),
                DatasetOptions.defaults(DatasetFormat.TRACKNET), ProgressListener.NONE))
                .isInstanceOfSatisfying(DatasetExportException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.NOT_WRITABLE);
                    assertThat(e.getMessage()).contains(file + " is a file, not a folder");
                });
    }

    @Test
    void aFullDiskIsNamedAsSuch() {
        IOException full = null;
        try (OutputStream out = Files.newOutputStream(Path.of("/dev/full"))) {
            out.write(new byte[4096]);
            out.flush();
        } catch (IOException e) {
            full = e;
        }
        assertThat(full).as("writing to /dev/full fails as a full disk does").isNotNull();

        DatasetExportException e = DatasetExportException.writing(dir.resolve("dataset"), full);

        assertThat(e.problem()).isEqualTo(Problem.DISK_FULL);
        assertThat(e.getMessage()).startsWith("The disk is full").contains("Nothing was written")
                .contains(" free there");
    }
}
