package com.courtside.export.dataset;

import com.courtside.inference.video.VideoOpenException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * An export that did not finish. Nothing that looks like a dataset is left behind; the message says what happened
 * and what to do, for a dialog or the command line.
 */
public final class DatasetExportException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong, for the caller to pick an exit code or a dialog. */
    public enum Problem {
        /** The target folder already holds files. */
        TARGET_NOT_EMPTY,
        /** The folder cannot be written: read-only, not the user's, or a file stands in the way. */
        NOT_WRITABLE,
        /** The disk filled up while writing. */
        DISK_FULL,
        /** Another write error. */
        WRITE_FAILED,
        /** A video could not be decoded. */
        VIDEO_UNREADABLE,
        /** A video has no project, or its project cannot be read. */
        NO_LABELS
    }

    private final Problem problem;

    DatasetExportException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    static DatasetExportException targetNotEmpty(Path target) {
        return new DatasetExportException(Problem.TARGET_NOT_EMPTY, target + " already holds files; give a new or "
                + "empty folder, so nothing in it is overwritten.", null);
    }

    static DatasetExportException notAFolder(Path target, Path file) {
        return new DatasetExportException(Problem.NOT_WRITABLE, "Cannot write the dataset into " + target + ": "
                + file + " is a file, not a folder. Choose another folder.", null);
    }

    static DatasetExportException video(VideoOpenException e) {
        return new DatasetExportException(Problem.VIDEO_UNREADABLE, e.getMessage() + " The export stopped and "
                + "nothing was written.", e);
    }

    /** The write error, named so the user can act on it: a full disk, a folder they cannot write, or else. */
    static DatasetExportException writing(Path target, IOException e) {
        String text = String.valueOf(e.getMessage());
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk quota exceeded")) {
            return new DatasetExportException(Problem.DISK_FULL, "The disk is full: the dataset for " + target
                    + " did not fit (" + freeSpace(target) + " free there). Nothing was written; free some space "
                    + "or choose another disk.", e);
        }
        if (e instanceof AccessDeniedException || lower.contains("permission denied")
                || lower.contains("read-only file system")) {
            return new DatasetExportException(Problem.NOT_WRITABLE, "Cannot write the dataset into " + target
                    + ": the folder is read-only or not yours (" + text + "). Nothing was written; choose a folder "
                    + "you can write to.", e);
        }
        return new DatasetExportException(Problem.WRITE_FAILED, "Cannot write the dataset into " + target + ": "
                + text + ". Nothing was written.", e);
    }

    private static String freeSpace(Path target) {
        Path existing = target.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            long bytes = existing == null ? 0 : Files.getFileStore(existing).getUsableSpace();
            return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
                    : String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
        } catch (IOException unknown) {
            return "an unknown amount";
        }
    }
}
