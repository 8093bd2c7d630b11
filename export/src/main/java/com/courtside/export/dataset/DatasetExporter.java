package com.courtside.export.dataset;

import com.courtside.export.split.VideoSplit;
import com.courtside.inference.video.VideoOpenException;
import com.courtside.timeline.task.CancelledException;
import com.courtside.timeline.task.ProgressListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a training dataset from labelled videos: one format, the videos split into train, val and test by video
 * with a seed (never by frame), and {@code manifest.json}. The dataset is written into a hidden partial folder and
 * renamed to {@code target} when complete; a cancel, a full disk, an unwritable folder or an unreadable video
 * leaves nothing under the target's name and is reported as a {@link DatasetExportException} (a cancel as a
 * {@link CancelledException}). The layouts and what each counts per split:
 * <ul>
 *   <li>{@link OpenTtGamesWriter openttgames}: ball, no_ball, bounce, net, images</li>
 *   <li>{@link TrackNetWriter tracknet}: visible, occluded, no_ball</li>
 *   <li>{@link CocoWriter coco} and {@link YoloWriter yolo}: images, ball, person</li>
 *   <li>{@link RallyCutWriter rallycut}: videos, rallies</li>
 *   <li>{@link GameStateWriter game-state}: NO_PLAY, PLAY, SERVICE</li>
 * </ul>
 */
public final class DatasetExporter {

    /** Writes the dataset; {@code progress} hears about frames over all videos and can cancel. */
    public DatasetReport export(List<DatasetVideo> videos, Path target, DatasetOptions options,
                                ProgressListener progress) throws DatasetExportException {
        if (videos.isEmpty()) {
            throw new IllegalArgumentException("there are no videos to export");
        }
        long started = System.nanoTime();
        List<VideoEntry> entries = entries(videos, options);
        DatasetWriter writer = DatasetWriter.of(options.format());
        Counts counts = new Counts(writer.classes());
        OutputFolder folder = OutputFolder.create(target);
        ExportRun run = new ExportRun(folder.root(), folder.target(), options, counts);
        try {
            write(entries, writer, run, progress);
            Manifest.write(run, entries);
            long files = fileCount(folder.root());
            folder.commit();
            return new DatasetReport(folder.target(), options.format(), counts.bySplit(), splits(entries), files,
                    (System.nanoTime() - started) / 1e9);
        } catch (IOException | UncheckedIOException e) {
            folder.discard();
            throw DatasetExportException.writing(folder.target(),
                    e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
        } catch (VideoOpenException e) {
            folder.discard();
            throw DatasetExportException.video(e);
        } catch (RuntimeException | Error e) {
            folder.discard();
            throw e;
        }
    }

    private static void write(List<VideoEntry> entries, DatasetWriter writer, ExportRun run,
                              ProgressListener progress) throws IOException, VideoOpenException {
        long total = entries.stream().mapToLong(e -> e.facts().frameCount()).sum();
        long done = 0;
        for (int i = 0; i < entries.size(); i++) {
            VideoEntry entry = entries.get(i);
            progress.checkCancelled();
            String what = "video " + (i + 1) + " of " + entries.size() + " (" + entry.name() + ")";
            progress.progress(done, total, what);
            writer.write(entry, run, within(progress, done, total, what));
            done += entry.facts().frameCount();
        }
        progress.checkCancelled();
        writer.finish(run);
        progress.progress(total, total, "dataset written");
    }

    /** Progress over one video's frames, told as progress over every video's. */
    private static ProgressListener within(ProgressListener outer, long offset, long total, String what) {
        return new ProgressListener() {
            @Override
            public void progress(long done, long ignored, String message) {
                outer.progress(offset + done, total, what + ": " + message);
            }

            @Override
            public boolean isCancelled() {
                return outer.isCancelled();
            }
        };
    }

    /** The name each video gets in the dataset and its split, as {@link #export} will write them: a preview. */
    public static Map<String, String> plan(List<DatasetVideo> videos, DatasetOptions options) {
        return splits(entries(videos, options));
    }

    /** Unique names from the file names, and each video's split by the seed. */
    private static List<VideoEntry> entries(List<DatasetVideo> videos, DatasetOptions options) {
        List<String> names = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (DatasetVideo v : videos) {
            String base = baseName(v.video().facts().path());
            String name = base;
            for (int k = 2; !taken.add(name); k++) {
                name = base + "-" + k;
            }
            names.add(name);
        }
        Map<String, String> split = VideoSplit.assign(names, options.shares().toArray(), options.seed());
        List<VideoEntry> out = new ArrayList<>();
        for (int i = 0; i < videos.size(); i++) {
            out.add(new VideoEntry(names.get(i), split.get(names.get(i)), videos.get(i)));
        }
        return out;
    }

    /** The file name without its extension, with characters other than letters, digits, '.', '-' and '_' as '_'. */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static Map<String, String> splits(List<VideoEntry> entries) {
        Map<String, String> out = new LinkedHashMap<>();
        entries.forEach(e -> out.put(e.name(), e.split()));
        return out;
    }

    private static long fileCount(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).count();
        }
    }
}
