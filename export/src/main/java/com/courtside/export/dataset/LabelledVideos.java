package com.courtside.export.dataset;

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
 * Videos and their labels as their projects keep them, for exports: the project beside the video (or in the cache,
 * where the window keeps it when the video's folder cannot be written), opened read-only so a window editing it at
 * the same time is not disturbed. The people are those of the newest people run with their slots, else those of the
 * basketball labels beside the video.
 */
public final class LabelledVideos {

    private final CacheDirectory cache;
    private final int threads;

    public LabelledVideos(CacheDirectory cache, int threads) {
        this.cache = cache;
        this.threads = threads;
    }

    /** Opens the video: decodable when {@code decode}, else only probed. */
    public OpenedVideo open(Path video, boolean decode) throws DatasetExportException {
        try {
            VideoProbe probe = new VideoProbe(cache, threads);
            return decode ? probe.open(video, ProgressListener.NONE) : probe.openFast(video, ProgressListener.NONE);
        } catch (VideoOpenException e) {
            throw new DatasetExportException(DatasetExportException.Problem.VIDEO_UNREADABLE, e.getMessage(), e);
        }
    }

    /**
     * The video with its labels of {@code choice} from {@code projectFile} (null: the video's own project), and its
     * people where a people run or basketball labels have them.
     */
    public DatasetVideo read(OpenedVideo video, Path projectFile, LabelChoice choice) throws DatasetExportException {
        Path file = projectFile != null ? projectFile : projectOf(video);
        try (Project project = Project.openReadOnly(file)) {
            VideoRecord record = new Videos(project).all().stream()
                    .filter(v -> v.signature().sameContentAs(video.facts().signature())).findFirst()
                    .orElseThrow(() -> new DatasetExportException(DatasetExportException.Problem.NO_LABELS,
                            "The project " + file + " has no labels of " + video.facts().path().getFileName()
                                    + "; it belongs to another video.", null));
            return read(video, project, record.id(), choice);
        } catch (ProjectOpenException e) {
            throw new DatasetExportException(DatasetExportException.Problem.NO_LABELS, e.getMessage(), e);
        }
    }

    /** The video with its labels of {@code choice} from an open project (the window's). */
    public static DatasetVideo read(OpenedVideo video, Project project, long videoId, LabelChoice choice)
            throws DatasetExportException {
        DatasetLabels labels = new ProjectLabels(project).read(videoId, video.facts().frameCount(), choice);
        return new DatasetVideo(video, labels, people(project, videoId, video.facts().path()));
    }

    /** Where the window keeps the video's labels; refused when there are none yet. */
    public Path projectOf(OpenedVideo video) throws DatasetExportException {
        Path file = ProjectFiles.forVideo(video.facts().path(), video.facts().signature(),
                cache.root().resolve("projects"));
        if (!Files.isRegularFile(file)) {
            throw new DatasetExportException(DatasetExportException.Problem.NO_LABELS, "No labels of "
                    + video.facts().path().getFileName() + " yet (" + file.getFileName() + " does not exist): label "
                    + "it in the window, or bring labels in with 'courtside import', or analyse it there first.",
                    null);
        }
        return file;
    }

    /** The people of the newest people run with their slots, else of the basketball labels beside the video. */
    private static PersonBoxes people(Project project, long videoId, Path video) throws DatasetExportException {
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
            throw new DatasetExportException(DatasetExportException.Problem.NO_LABELS, e.getMessage(), e);
        }
    }
}
