package com.courtside.labeling.imports;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One COCO annotation file: its images, each known as a frame of a video (by its {@code "video"} and
 * {@code "frame"}, which Courtside's export writes, or else by its file name {@code NAME_000123.jpg}), and the
 * boxes on them. Image ids count in each file on its own.
 */
final class CocoFile {

    /** Courtside's name of the ball's category, and COCO's own. */
    private static final Set<String> BALL_NAMES = Set.of("ball", "sports ball");

    private final JsonInput json;
    private final JsonNode images;
    private final JsonNode annotations;
    private final String[] videoOf;
    private final int[] frameOf;
    private final Map<Long, Integer> imageById = new HashMap<>();

    private CocoFile(JsonInput json, JsonNode images, JsonNode annotations) {
        this.json = json;
        this.images = images;
        this.annotations = annotations;
        this.videoOf = new String[images.size()];
        this.frameOf = new int[images.size()];
    }

    static CocoFile read(Path file) throws ImportFormatException, IOException {
        JsonInput json = JsonInput.parse(file);
        CocoFile coco = new CocoFile(json, json.array(json.root().path("images"), "images"),
                json.array(json.root().path("annotations"), "annotations"));
        for (int i = 0; i < coco.images.size(); i++) {
            coco.readImage(i);
        }
        return coco;
    }

    /** The videos whose frames the file holds, in the order met. */
    Set<String> videos() {
        return new LinkedHashSet<>(Arrays.asList(videoOf));
    }

    /** The size of the video's first image here, or {0, 0} when it has none or no size is given. */
    int[] sizeOf(String video) {
        for (int i = 0; i < images.size(); i++) {
            JsonNode image = images.get(i);
            if (videoOf[i].equals(video) && image.path("width").isInt() && image.path("height").isInt()) {
                return new int[] {image.path("width").asInt(), image.path("height").asInt()};
            }
        }
        return new int[] {0, 0};
    }

    /** Adds the video's images and their boxes to {@code balls}. */
    void take(String video, ImportContext context, FrameBalls balls) throws ImportFormatException {
        boolean any = false;
        for (int i = 0; i < images.size(); i++) {
            if (videoOf[i].equals(video)) {
                listImage(i, context, balls);
                any = true;
            }
        }
        if (!any) {
            return;
        }
        Map<Long, String> categories = categories();
        if (categories.values().stream().noneMatch(BALL_NAMES::contains)) {
            throw json.refuse("categories", "no category is named \"ball\" or \"sports ball\" (found: "
                    + (categories.isEmpty() ? "none" : String.join(", ", new LinkedHashSet<>(categories.values())))
                    + "); Courtside imports the ball's boxes, found by that name");
        }
        for (int i = 0; i < annotations.size(); i++) {
            String path = "annotations[" + i + "]";
            JsonNode a = json.object(annotations.get(i), path);
            long imageId = json.wholeNumber(a.path("image_id"), path + ".image_id");
            Integer image = imageById.get(imageId);
            if (image == null) {
                throw json.refuse(path + ".image_id", "no image has the id " + imageId);
            }
            if (!videoOf[image].equals(video)) {
                continue;
            }
            long categoryId = json.wholeNumber(a.path("category_id"), path + ".category_id");
            String category = categories.getOrDefault(categoryId, "category " + categoryId);
            if (BALL_NAMES.contains(category)) {
                ball(a, path, frameOf[image], balls);
            } else {
                balls.leave(category, 1);
            }
        }
    }

    private void readImage(int i) throws ImportFormatException {
        String path = "images[" + i + "]";
        JsonNode image = json.object(images.get(i), path);
        long id = json.wholeNumber(image.path("id"), path + ".id");
        Integer earlier = imageById.put(id, i);
        if (earlier != null) {
            throw json.refuse(path + ".id", "the id " + id + " is also the id of images[" + earlier + "]; image ids"
                    + " are unique in a file");
        }
        JsonNode fileName = image.path("file_name");
        DatasetVideos.NameAndFrame named = fileName.isMissingNode() ? null
                : DatasetVideos.parse(json.text(fileName, path + ".file_name"));
        JsonNode video = image.path("video");
        videoOf[i] = !video.isMissingNode() ? json.text(video, path + ".video") : named == null ? "" : named.video();
        JsonNode frame = image.path("frame");
        if (!frame.isMissingNode()) {
            frameOf[i] = json.wholeNumber(frame, path + ".frame");
        } else if (named != null) {
            frameOf[i] = named.frame();
        } else {
            throw json.refuse(path, "the image has no \"frame\" and its file_name "
                    + (fileName.isMissingNode() ? "is missing" : JsonInput.describe(fileName) + " ends in no number")
                    + "; expected a \"frame\" key or a file name such as NAME_000123.jpg");
        }
    }

    private void listImage(int i, ImportContext context, FrameBalls balls) throws ImportFormatException {
        String path = "images[" + i + "]";
        int frame = frameOf[i];
        if (!context.contains(frame)) {
            throw json.refuse(path, context.outsideVideo(frame));
        }
        JsonNode image = images.get(i);
        if (context.knowsFrameSize() && image.has("width") && image.has("height")) {
            int width = json.wholeNumber(image.path("width"), path + ".width");
            int height = json.wholeNumber(image.path("height"), path + ".height");
            if (width != context.width() || height != context.height()) {
                throw json.refuse(path, "the image is " + width + "x" + height + " but the video is "
                        + context.width() + "x" + context.height() + ", so its boxes would not land on the ball; "
                        + "are these the labels of another video, or were the images resized?");
            }
        }
        if (!balls.image(frame)) {
            throw json.refuse(path, "frame " + frame + " has another image already; each frame is listed once");
        }
    }

    private void ball(JsonNode a, String path, int frame, FrameBalls balls) throws ImportFormatException {
        JsonNode box = json.array(a.path("bbox"), path + ".bbox");
        if (box.size() != 4) {
            throw json.refuse(path + ".bbox", "expected [x, y, width, height], found " + box.size() + " numbers");
        }
        double[] xywh = new double[4];
        for (int k = 0; k < 4; k++) {
            xywh[k] = json.number(box.get(k), path + ".bbox[" + k + "]");
        }
        if (xywh[2] <= 0 || xywh[3] <= 0) {
            throw json.refuse(path + ".bbox", "the box is " + xywh[2] + " wide and " + xywh[3] + " high; expected"
                    + " a width and height above 0");
        }
        JsonNode score = a.path("score");
        double s = score.isMissingNode() ? Double.NaN : json.number(score, path + ".score");
        balls.ball(frame, xywh[0], xywh[1], xywh[2], xywh[3], s);
    }

    /** Category names by id, lower case and trimmed; the ball is found by its name, never by its id. */
    private Map<Long, String> categories() throws ImportFormatException {
        JsonNode list = json.root().path("categories");
        if (list.isMissingNode()) {
            throw json.refuse("categories", "the key is missing; expected a list of {\"id\", \"name\"} with one"
                    + " named \"ball\"");
        }
        json.array(list, "categories");
        Map<Long, String> names = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "categories[" + i + "]";
            JsonNode c = json.object(list.get(i), path);
            long id = json.wholeNumber(c.path("id"), path + ".id");
            names.put(id, json.text(c.path("name"), path + ".name").trim().toLowerCase(Locale.ROOT));
        }
        return names;
    }
}
