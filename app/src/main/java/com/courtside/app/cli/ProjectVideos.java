package com.courtside.app.cli;

import com.courtside.export.dataset.DatasetLabels;
import com.courtside.export.dataset.DatasetVideo;
import com.courtside.export.dataset.LabelChoice;
import com.courtside.export.dataset.ProjectLabels;
import com.courtside.inference.shooter.TrackSlots;
import com.courtside.inference.video.CacheDirectory;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.inference.video.VideoProbe;
import com.courtside.labeling.store.Project;
import com.courtside.labeling.store.ProjectFiles;
import com.courtside.labeling.store.ProjectOpenException;
import com.courtside.labeling.store.ShotLabels;
import com.courtside.labeling.store.VideoRecord;
import com.courtside.labeling.store.Videos;
import com.courtside.timeline.io.BasketballTruthJson;
import com.courtside.timeline.players.PersonBoxes;
import com.courtside.timeline.players.TrackedPeople;
import com.courtside.timeline.task.ProgressListener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A video and its labels as the project keeps them, for the commands that read labels without editing them
 * ({@code export}, {@code cut}): the project beside the video (or in the cache, as the window keeps it), opened
 * read-only so a window editing it at the same time is not disturbed.
 */
final class ProjectVideos {

    private final CacheDirectory cache;
    private final int threads;

    ProjectVideos(CacheDirectory cache, int threads) {
        this.cache = cache;
        this.threads = threads;
    }

    /** Opens the video: decodable when {@code decode}, else only probed. */
    OpenedVideo open(Path video, boolean decode) {
        try {
            VideoProbe probe = new VideoProbe(cache, threads);
            return decode ? probe.open(video, ProgressListener.NONE) : probe.openFast(video, ProgressListener.NONE);
        } catch (VideoOpenException e) {
            throw new CommandFailure(ExitCodes.INPUT, e.getMessage(), e);
        }
    }

    /** The video with its labels of {@code choice}, and its people where a people run or basketball labels have them. */
    DatasetVideo read(OpenedVideo video, Path projectFile, LabelChoice choice) {
        Path file = projectFile != null ? projectFile : projectOf(video);
        try (Project project = Project.openReadOnly(file)) {
            VideoRecord record = new Videos(project).all().stream()
                    .filter(v -> v.signature().sameContentAs(video.facts().signature())).findFirst()
                    .orElseThrow(() -> new CommandFailure(ExitCodes.INPUT, "The project " + file + " has no labels "
                            + "of " + video.facts().path().getFileName() + "; it belongs to another video."));
            DatasetLabels labels = new ProjectLabels(project).read(record.id(), video.facts().frameCount(), choice);
            return new DatasetVideo(video, labels, people(project, record.id(), video.facts().path()));
        } catch (ProjectOpenException e) {
            throw new CommandFailure(ExitCodes.INPUT, e.getMessage(), e);
        }
    }

    /** Where the window keeps the video's labels; refused when there are none yet. */
    Path projectOf(OpenedVideo video) {
        Path file = ProjectFiles.forVideo(video.facts().path(), video.facts().signature(),
                cache.root().resolve("projects"));
        if (!Files.isRegularFile(file)) {
            throw new CommandFailure(ExitCodes.INPUT, "No labels of " + video.facts().path().getFileName() + " yet ("
                    + file.getFileName() + " does not exist): label it in the window, or bring labels in with "
                    + "'courtside import', or analyse it there first.");
        }
        return file;
    }

    /** The people of the newest people run with their slots, else of the basketball labels beside the video. */
    private static PersonBoxes people(Project project, long videoId, Path video) {
        ShotLabels shots = new ShotLabels(project);
        TrackedPeople tracked = shots.people(videoId);
        if (!tracked.isEmpty()) {
            return TrackSlots.assign(tracked.boxes(), tracked.teams(), shots.slots(videoId));
        }
        String name = video.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path truth = video.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + BasketballTruthJson.SUFFIX);
        if (!Files.isRegularFile(truth)) {
            return PersonBoxes.EMPTY;
        }
        try {
            return BasketballTruthJson.read(truth).people();
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.INPUT, e.getMessage(), e);
        }
    }
}
