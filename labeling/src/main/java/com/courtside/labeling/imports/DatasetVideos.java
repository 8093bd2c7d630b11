package com.courtside.labeling.imports;

import java.nio.file.Path;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The videos of a COCO or YOLO dataset, which holds the frames of many videos and names each image after its video
 * and frame ({@code match-1_000123.jpg}, as Courtside's exports do): reading a name and frame from a file name,
 * and picking the video that labels are being imported into.
 */
final class DatasetVideos {

    /** What a file name says: the video ("" when the name is the frame number alone) and the frame. */
    record NameAndFrame(String video, int frame) {
    }

    private static final Pattern NAME_FRAME = Pattern.compile("(?:(.*)_)?(\\d{1,9})");
    private static final int LISTED = 8;

    private DatasetVideos() {
    }

    /** The video and frame of {@code NAME_000123.ext} or {@code 000123.ext}; null when the name ends in no number. */
    static NameAndFrame parse(String fileName) {
        String stem = fileName.substring(fileName.lastIndexOf('/') + 1);
        int dot = stem.lastIndexOf('.');
        Matcher m = NAME_FRAME.matcher(dot > 0 ? stem.substring(0, dot) : stem);
        if (!m.matches()) {
            return null;
        }
        return new NameAndFrame(m.group(1) == null ? "" : m.group(1), Integer.parseInt(m.group(2)));
    }

    /**
     * The video to take of those {@code found} in the dataset: the only one, else the one named like the video
     * imported into. A dataset of several videos is refused when none of them is that video, naming the ones it has.
     */
    static String choose(Collection<String> found, ImportContext context, Path file) throws ImportFormatException {
        if (found.size() == 1) {
            return found.iterator().next();
        }
        for (String name : found) {
            if (isVideo(name, context)) {
                return name;
            }
        }
        String held = "it holds the frames of " + found.size() + " videos (" + listed(found) + ")";
        if (!context.knowsVideoName()) {
            throw ImportFormatException.inFile(file, held + " and Courtside was not told which video this is; "
                    + "import it with 'courtside import VIDEO " + file.getFileName() + "'");
        }
        throw ImportFormatException.inFile(file, held + ", none of them " + context.videoName()
                + "; import it into one of those videos, or export this video's labels into the dataset first");
    }

    /** Whether a dataset's video name is the context's video, as the exporter names it (see {@link #safe}). */
    static boolean isVideo(String datasetName, ImportContext context) {
        return context.knowsVideoName()
                && (datasetName.equals(context.videoName()) || datasetName.equals(safe(context.videoName())));
    }

    /** A video name as the dataset export writes it: other characters than letters, digits, '.', '-', '_' as '_'. */
    static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    static String listed(Collection<String> names) {
        String shown = names.stream().limit(LISTED).map(n -> n.isEmpty() ? "(unnamed)" : n)
                .collect(Collectors.joining(", "));
        return names.size() > LISTED ? shown + " and " + (names.size() - LISTED) + " more" : shown;
    }
}
