package com.courtside.labeling.store;

import com.courtside.timeline.FileSignature;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the project of a video lives: {@code match.courtside} beside {@code match.mp4}, so the labels travel with
 * the video; where that folder cannot be written (a read-only share, the bundled demo), in the user's project
 * folder under a name that holds the video's signature, so two videos of one name never share a project.
 */
public final class ProjectFiles {

    public static final String EXTENSION = ".courtside";

    private ProjectFiles() {
    }

    public static Path besideVideo(Path video) {
        String name = video.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return video.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + EXTENSION);
    }

    /** The project beside the video when it exists or can be made there, else one in {@code fallbackFolder}. */
    public static Path forVideo(Path video, FileSignature signature, Path fallbackFolder) {
        Path beside = besideVideo(video.toAbsolutePath());
        if (Files.exists(beside) || Files.isWritable(beside.getParent())) {
            return beside;
        }
        String name = beside.getFileName().toString();
        String stem = name.substring(0, name.length() - EXTENSION.length());
        return fallbackFolder.resolve(stem + "-" + signature.headSha256().substring(0, 12) + EXTENSION);
    }
}
