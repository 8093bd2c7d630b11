package com.courtside.labeling.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where a YOLO dataset's label files are, and the video and frame each stands for: {@code labels/} beside
 * {@code data.yaml} (or in the folder given), its {@code .txt} files and those of its split folders. Files whose
 * names end in no frame number ({@code classes.txt}) are not labels and are passed over.
 */
final class YoloLabelFiles {

    private final Path dataYaml;
    private final Map<String, TreeMap<Integer, Path>> byVideo;
    private final Map<String, ImportFormatException> twice;

    private YoloLabelFiles(Path dataYaml, Map<String, TreeMap<Integer, Path>> byVideo,
                           Map<String, ImportFormatException> twice) {
        this.dataYaml = dataYaml;
        this.byVideo = byVideo;
        this.twice = twice;
    }

    /** The label files of the dataset {@code path} names: its data.yaml, its folder, or its labels folder. */
    static YoloLabelFiles find(Path path) throws ImportFormatException, IOException {
        Path given = path.toAbsolutePath();
        Path yaml;
        Path labels;
        if (Files.isRegularFile(given)) {
            yaml = given;
            labels = given.getParent().resolve("labels");
        } else if (!Files.isDirectory(given)) {
            throw new NoSuchFileException(path.toString());
        } else if (Files.isRegularFile(given.resolve(YoloImporter.DATA_YAML))) {
            yaml = given.resolve(YoloImporter.DATA_YAML);
            labels = given.resolve("labels");
        } else if (Files.isDirectory(given.resolve("labels"))) {
            yaml = null;
            labels = given.resolve("labels");
        } else {
            labels = given;
            yaml = yamlAbove(given);
        }
        if (!Files.isDirectory(labels)) {
            throw ImportFormatException.inFile(path, "there is no labels folder beside it; YOLO labels are read from "
                    + "labels/SPLIT/NAME_000123.txt beside data.yaml");
        }
        Map<String, TreeMap<Integer, Path>> byVideo = new TreeMap<>();
        Map<String, ImportFormatException> twice = new HashMap<>();
        for (Path file : textFiles(labels)) {
            DatasetVideos.NameAndFrame named = DatasetVideos.parse(file.getFileName().toString());
            if (named == null) {
                continue;
            }
            Path earlier = byVideo.computeIfAbsent(named.video(), v -> new TreeMap<>()).put(named.frame(), file);
            if (earlier != null) {
                twice.putIfAbsent(named.video(), ImportFormatException.inFile(file, "frame " + named.frame()
                        + " has another label file, " + earlier + "; each frame is labelled once"));
            }
        }
        if (byVideo.isEmpty()) {
            throw ImportFormatException.inFile(path, "there are no label files NAME_000123.txt in " + labels
                    + " or its split folders");
        }
        return new YoloLabelFiles(yaml, byVideo, twice);
    }

    /** The data.yaml that names the classes, or null when there is none. */
    Path dataYaml() {
        return dataYaml;
    }

    Set<String> videos() {
        return byVideo.keySet();
    }

    /** The video's label files by frame; a frame with two files is refused. */
    TreeMap<Integer, Path> of(String video) throws ImportFormatException {
        if (twice.containsKey(video)) {
            throw twice.get(video);
        }
        return byVideo.get(video);
    }

    /** A labels folder given alone: the data.yaml of its dataset, one or two folders up (labels/, labels/train/). */
    private static Path yamlAbove(Path labels) {
        for (Path dir = labels.getParent(); dir != null && dir.getNameCount() >= labels.getNameCount() - 2;
             dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(YoloImporter.DATA_YAML))) {
                return dir.resolve(YoloImporter.DATA_YAML);
            }
        }
        return null;
    }

    private static List<Path> textFiles(Path labels) throws IOException {
        try (Stream<Path> all = Files.walk(labels, 2)) {
            return all.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .sorted().toList();
        }
    }
}
