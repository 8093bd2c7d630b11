package com.courtside.export.cut;

import com.courtside.inference.video.OpenedVideo;
import com.courtside.timeline.task.CancelledException;
import com.courtside.timeline.task.ProgressListener;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CutFailureTest {

    @TempDir
    Path dir;

    private final OpenedVideo video = TestMatch.video();

    @ParameterizedTest
    @EnumSource(CutMode.class)
    void cancelMidwayLeavesNothingInTheFolder(CutMode mode) throws Exception {
        AtomicLong frames = new AtomicLong();
        ProgressListener cancelsAfter40Frames = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
                frames.set(done);
            }

            @Override
            public boolean isCancelled() {
                return frames.get() >= 40;
            }
        };
        CutOptions options = CutOptions.defaults().withMode(mode).withLayout(CutLayout.PER_RALLY);

        assertThatThrownBy(() -> RallyCutter.cut(video, TestMatch.RALLIES, dir, options, cancelsAfter40Frames))
                .isInstanceOf(CancelledException.class);
        assertThat(frames.get()).as("stopped part-way").isBetween(40L, 60L);
        assertThat(filesIn(dir)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(CutMode.class)
    void fullDiskFailsWithAClearMessageAndKeepsThePreviousFile(CutMode mode) throws Exception {
        Path reel = dir.resolve("reel.mp4");
        Files.writeString(reel, "an earlier reel");
        // The partial file is a link to /dev/full, where every write fails with ENOSPC as on a full disk.
        Files.createSymbolicLink(PartialFile.partialFor(reel.toAbsolutePath()), Path.of("/dev/full"));
        CutOptions options = CutOptions.defaults().withMode(mode);

        assertThatThrownBy(() -> RallyCutter.cut(video, TestMatch.RALLIES, reel, options, ProgressListener.NONE))
                .isInstanceOfSatisfying(CutException.class, e -> {
                    assertThat(e.problem()).isEqualTo(CutException.Problem.NO_SPACE);
                    assertThat(e.getMessage()).contains("'reel.mp4'", dir.toAbsolutePath().toString(),
                            "No space left on device", "free some space");
                });
        assertThat(filesIn(dir)).containsExactly(reel);
        assertThat(Files.readString(reel)).isEqualTo("an earlier reel");
    }

    @ParameterizedTest
    @EnumSource(CutLayout.class)
    void aFolderThatIsAFileIsRefusedClearly(CutLayout layout) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "not a folder");
        Path target = layout == CutLayout.REEL ? notAFolder.resolve("reel.mp4") : notAFolder;
        CutOptions options = CutOptions.defaults().withLayout(layout);

        assertThatThrownBy(() -> RallyCutter.cut(video, TestMatch.RALLIES, target, options, ProgressListener.NONE))
                .isInstanceOfSatisfying(CutException.class, e -> {
                    assertThat(e.problem()).isEqualTo(CutException.Problem.NOT_WRITABLE);
                    assertThat(e.getMessage()).contains(notAFolder.toString(), "is a file, not a folder",
                            "Choose a folder you can write to");
                });
        assertThat(filesIn(dir)).containsExactly(notAFolder);
    }

    @ParameterizedTest
    @EnumSource(CutMode.class)
    void aReadOnlyFolderIsRefusedClearly(CutMode mode) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        assumeTrue(folder.toFile().setWritable(false, false) && !Files.isWritable(folder),
                "the user can write in read-only folders (root)");
        CutOptions options = CutOptions.defaults().withMode(mode);
        try {
            assertThatThrownBy(() -> RallyCutter.cut(video, TestMatch.RALLIES, folder.resolve("reel.mp4"), options,
                    ProgressListener.NONE))
                    .isInstanceOfSatisfying(CutException.class, e -> {
                        assertThat(e.problem()).isEqualTo(CutException.Problem.NOT_WRITABLE);
                        assertThat(e.getMessage()).contains(folder.toString(), "Choose a folder you can write to");
                    });
            assertThat(filesIn(folder)).isEmpty();
        } finally {
            folder.toFile().setWritable(true, false);
        }
    }

    private static List<Path> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
