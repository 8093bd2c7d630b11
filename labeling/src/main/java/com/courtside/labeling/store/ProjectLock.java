package com.courtside.labeling.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps a second Courtside from opening a project this one has open: an OS lock on {@code <project>.lock}, which
 * the OS drops when the process dies however it dies, so a crash never leaves a project locked.
 */
final class ProjectLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileOf(Path project) {
        return project.resolveSibling(project.getFileName() + ".lock");
    }

    static ProjectLock acquire(Path project) throws ProjectOpenException {
        Path file = lockFileOf(project);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                String holder = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip();
                channel.close();
                throw new ProjectOpenException(project, project.getFileName() + " is open in another Courtside"
                        + (holder.isEmpty() ? "" : " (" + holder + ")")
                        + ". Close it there first, or open a copy of the project.");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("process " + ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)), 0);
            return new ProjectLock(channel, lock);
        } catch (java.nio.channels.OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new ProjectOpenException(project, project.getFileName() + " is already open in this Courtside.");
        } catch (IOException e) {
            closeQuietly(channel);
            throw new ProjectOpenException(project, "Cannot lock " + project.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // already failing; the first error is the one to report
            }
        }
    }

    @Override
    public void close() throws IOException {
        // The file stays: deleting it would let a process that opened it a moment ago lock a file no one else sees.
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
