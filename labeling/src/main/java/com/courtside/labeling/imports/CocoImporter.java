package com.courtside.labeling.imports;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * COCO object detection JSON, as Courtside's COCO export writes it ({@code annotations/instances_SPLIT.json}, one
 * file per split over the frames of many videos) or as other tools do:
 * <pre>
 * { "images": [ { "id": 1, "file_name": "NAME_000123.jpg", "width", "height", "video": "NAME", "frame": 123 } ],
 *   "annotations": [ { "image_id": 1, "category_id": 1, "bbox": [x, y, w, h], "score": 0.9 } ],
 *   "categories": [ { "id": 1, "name": "ball" }, { "id": 2, "name": "person" } ] }
 * </pre>
 * Given the dataset folder (or its {@code annotations} folder), every {@code instances_*.json} is read. The images
 * of one video are taken: the only video in the dataset, else the one named like the video imported into (its
 * file name without extension). An image's frame is its {@code "frame"}, else the number that ends its file name.
 * <p>
 * The ball is the category named {@code ball} (or COCO's {@code sports ball}), never found by id: its box's centre
 * becomes a visible ball, and a frame with an image but no ball box becomes "no ball here". A box cut by the frame's
 * edge is taken as a square ball box, as the export writes. Person boxes and other categories are not imported
 * (labels hold no boxes) but counted in {@link ImportedLabels#leftOut()}.
 */
public final class CocoImporter implements LabelImporter {

    public static final String FORMAT = "coco";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String description() {
        return "COCO detection JSON (annotations/instances_SPLIT.json or the dataset folder; the ball's boxes, "
                + "persons are not imported)";
    }

    @Override
    public boolean canRead(Path path) {
        if (Files.isDirectory(path)) {
            return !annotationFiles(path).isEmpty();
        }
        if (!Sniff.lowerName(path).endsWith(".json")) {
            return false;
        }
        // A big file's "annotations" come after the head; every COCO image has a "file_name".
        String head = Sniff.head(path);
        return Sniff.hasJsonKey(head, "images")
                && (Sniff.hasJsonKey(head, "annotations") || Sniff.hasJsonKey(head, "file_name"));
    }

    @Override
    public ImportedLabels read(Path path, ImportContext context) throws ImportFormatException, IOException {
        List<Path> files = Files.isDirectory(path) ? annotationFiles(path) : List.of(path);
        if (files.isEmpty()) {
            throw ImportFormatException.inFile(path, "the folder holds no annotations/instances_*.json; give a COCO "
                    + "dataset folder, its annotations folder or one of its .json files");
        }
        List<CocoFile> cocos = new ArrayList<>();
        Set<String> videos = new LinkedHashSet<>();
        for (Path file : files) {
            CocoFile coco = CocoFile.read(file);
            cocos.add(coco);
            videos.addAll(coco.videos());
        }
        if (videos.isEmpty()) {
            throw ImportFormatException.inFile(path, "there are no images in it, so there are no frames to import");
        }
        String video = DatasetVideos.choose(videos, context, path);
        int[] size = context.knowsFrameSize() ? new int[] {context.width(), context.height()} : sizeOf(cocos, video);
        FrameBalls balls = new FrameBalls(context.frameCount(), size[0], size[1]);
        for (CocoFile coco : cocos) {
            coco.take(video, context, balls);
        }
        return balls.points().toLabels(FORMAT, path, List.of(), List.of(), balls.leftOut());
    }

    private static int[] sizeOf(List<CocoFile> cocos, String video) {
        for (CocoFile coco : cocos) {
            int[] size = coco.sizeOf(video);
            if (size[0] > 0 && size[1] > 0) {
                return size;
            }
        }
        return new int[] {0, 0};
    }

    /** The {@code instances_*.json} of a dataset folder's {@code annotations}, or of the folder itself, sorted. */
    private static List<Path> annotationFiles(Path folder) {
        Path annotations = folder.resolve("annotations");
        Path dir = Files.isDirectory(annotations) ? annotations : folder;
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "instances_*.json")) {
            entries.forEach(files::add);
        } catch (IOException e) {
            return List.of();
        }
        files.removeIf(f -> !Files.isRegularFile(f));
        files.sort(null);
        return files;
    }
}
