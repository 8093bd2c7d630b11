package com.courtside.export.dataset;

import com.courtside.export.split.VideoSplit;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * COCO object detection, a file per split over the frames in {@code images/SPLIT/}:
 * <pre>
 * annotations/instances_train.json
 * { "info": {..}, "licenses": [],
 *   "images": [ { "id", "file_name": "NAME_000123.jpg", "width", "height", "video": "NAME", "frame": 123 } ],
 *   "annotations": [ { "id", "image_id", "category_id", "bbox": [x, y, w, h], "area", "iscrowd": 0,
 *                      "attributes": { "slot": "O1", "track": 4 } } ],            (attributes: persons only)
 *   "categories": [ { "id": 1, "name": "ball" }, { "id": 2, "name": "person" } ] }
 * </pre>
 * Boxes are in pixels from the top-left corner; ids count from 1 in each file. Every split has its file, an empty
 * one too, so a loader finds all three.
 */
final class CocoWriter extends BoxesWriter {

    private static final int PLACES = 2;

    /** One split's images and annotations, gathered over its videos. */
    private static final class Split {
        final ArrayNode images = JsonFiles.MAPPER.createArrayNode();
        final ArrayNode annotations = JsonFiles.MAPPER.createArrayNode();
    }

    private final Map<String, Split> splits = new HashMap<>();

    @Override
    void annotate(VideoEntry entry, ExportRun run, String image, int frame, List<FrameBoxes.Box> boxes) {
        Split split = splits.computeIfAbsent(entry.split(), s -> new Split());
        int imageId = split.images.size() + 1;
        ObjectNode img = split.images.addObject();
        img.put("id", imageId);
        img.put("file_name", image);
        img.put("width", entry.facts().width());
        img.put("height", entry.facts().height());
        img.put("video", entry.name());
        img.put("frame", frame);
        for (FrameBoxes.Box box : boxes) {
            ObjectNode a = split.annotations.addObject();
            a.put("id", split.annotations.size());
            a.put("image_id", imageId);
            a.put("category_id", box.category().ordinal() + 1);
            a.putArray("bbox").add(Decimals.exact(box.x(), PLACES)).add(Decimals.exact(box.y(), PLACES))
                    .add(Decimals.exact(box.width(), PLACES)).add(Decimals.exact(box.height(), PLACES));
            a.put("area", Decimals.exact((double) box.width() * box.height(), PLACES));
            a.put("iscrowd", 0);
            if (box.slot() != null) {
                a.putObject("attributes").put("slot", box.slot().wireName()).put("track", box.track());
            }
        }
    }

    @Override
    public void finish(ExportRun run) throws IOException {
        for (String name : VideoSplit.SPLITS) {
            Split split = splits.getOrDefault(name, new Split());
            ObjectNode root = JsonFiles.MAPPER.createObjectNode();
            ObjectNode info = root.putObject("info");
            info.put("description", "Courtside " + name + " split: ball and person boxes");
            info.put("version", Manifest.version());
            info.put("date_created", Instant.now().toString());
            root.putArray("licenses");
            root.set("images", split.images);
            root.set("annotations", split.annotations);
            ArrayNode categories = root.putArray("categories");
            for (FrameBoxes.Category c : FrameBoxes.Category.values()) {
                categories.addObject().put("id", c.ordinal() + 1).put("name", c.label())
                        .put("supercategory", c == FrameBoxes.Category.BALL ? "sports" : "person");
            }
            JsonFiles.write(run.root().resolve("annotations").resolve("instances_" + name + ".json"), root);
        }
    }
}
