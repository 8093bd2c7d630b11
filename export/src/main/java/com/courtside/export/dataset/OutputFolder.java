package com.courtside.export.dataset;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The dataset folder while it is written: a hidden sibling {@code .NAME.partial-PID} that is renamed to the
 * target when the export is complete, or deleted when it is not, so a half dataset never carries the target's name.
 */
final class OutputFolder {

    private final Path target;
    private final Path partial;

    private OutputFolder(Path target, Path partial) {
        this.target = target;
        this.partial = partial;
    }

    /** Checks the target (new, or an empty folder) and creates the partial folder beside it. */
    static OutputFolder create(Path target) throws DatasetExportException {
        Path dir = target.toAbsolutePath().normalize();
        if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
            throw DatasetExportException.targetNotEmpty(dir);
        }
        Path parent = dir.getParent();
        for (Path p = parent; p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw DatasetExportException.notAFolder(dir, p);
            }
        }
        Path partial = parent.resolve("." + dir.getFileName() + ".partial-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(parent);
            delete(partial);
            Files.createDirectory(partial);
        } catch (IOException e) {
            throw DatasetExportException.writing(dir, e);
        }
        return new OutputFolder(dir, partial);
    }

    /** Where the writers write. */
    Path root() {
        return partial;
    }

    /** The folder the dataset will have when complete. */
    Path target() {
        return target;
    }

    /** Gives the complete dataset its name. */
    void commit() throws IOException {
        Files.deleteIfExists(target);
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target);
        }
    }

    /** Removes what was written; a failure to remove leaves a folder whose name says it is partial. */
    void discard() {
        try {
            delete(partial);
        } catch (IOException ignored) {
            // the folder's name still marks it as unfinished
        }
    }

    private static boolean isEmpty(Path dir) throws DatasetExportException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            throw DatasetExportException.writing(dir, e);
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
