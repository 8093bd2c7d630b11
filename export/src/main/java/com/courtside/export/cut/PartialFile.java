package com.courtside.export.cut;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output file while it is written: under a hidden temporary name ({@code .reel.partial.mp4}) in the target's
 * folder, renamed to the target when complete, removed when not. A crash leaves only a hidden partial file.
 */
final class PartialFile {

    private static final Logger LOG = LoggerFactory.getLogger(PartialFile.class);

    private final Path target;
    private final Path partial;

    private PartialFile(Path target) {
        this.target = target.toAbsolutePath();
        this.partial = partialFor(this.target);
    }

    /** Prepares to write {@code target}: its folder is made if missing and must be writable. */
    static PartialFile prepare(Path target) throws CutException {
        PartialFile file = new PartialFile(target);
        Path folder = file.target.getParent();
        try {
            Files.createDirectories(folder);
        } catch (FileAlreadyExistsException e) {
            throw AvErrors.notWritable(file.target, folder + " is a file, not a folder");
        } catch (AccessDeniedException e) {
            throw AvErrors.notWritable(file.target, "permission denied");
        } catch (IOException e) {
            throw AvErrors.notWritable(file.target, String.valueOf(e.getMessage()));
        }
        if (!Files.isWritable(folder)) {
            throw AvErrors.notWritable(file.target, "the folder is not writable");
        }
        return file;
    }

    static Path partialFor(Path target) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : ".mp4";
        return target.resolveSibling("." + base + ".partial" + extension);
    }

    Path target() {
        return target;
    }

    Path partial() {
        return partial;
    }

    /** Renames the finished partial file to the target, replacing an older target. */
    void commit() throws CutException {
        try {
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            discard();
            throw AvErrors.notWritable(target, "the finished file could not be renamed (" + e.getMessage() + ")");
        }
    }

    /** Removes the partial file; a failure is logged, as the user can do nothing more than we tried. */
    void discard() {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            LOG.warn("could not remove the unfinished file {}: {}", partial, e.getMessage());
        }
    }
}
