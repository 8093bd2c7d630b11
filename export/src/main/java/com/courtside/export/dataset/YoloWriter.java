package com.courtside.export.dataset;

import com.courtside.export.split.VideoSplit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * YOLO (Ultralytics) detection: a text file per image, a box per line, and {@code data.yaml}:
 * <pre>
 * images/train/NAME_000123.jpg
 * labels/train/NAME_000123.txt       CLASS CX CY W H   (0 ball, 1 person; centre and size over the frame size)
 * data.yaml                          path, train/val/test image folders, names
 * </pre>
 * A frame without boxes has an empty text file (a background image). {@code path} is the dataset's absolute folder,
 * as Ultralytics resolves a relative one against its own datasets folder; change that line after moving the folder.
 */
final class YoloWriter extends BoxesWriter {

    static final String DATA_YAML = "data.yaml";
    private static final int PLACES = 6;

    @Override
    void annotate(VideoEntry entry, ExportRun run, String image, int frame, List<FrameBoxes.Box> boxes)
            throws IOException {
        float w = entry.facts().width();
        float h = entry.facts().height();
        StringBuilder text = new StringBuilder();
        for (FrameBoxes.Box b : boxes) {
            text.append(b.category().ordinal()).append(' ')
                    .append(Decimals.of((b.x() + b.width() / 2) / w, PLACES)).append(' ')
                    .append(Decimals.of((b.y() + b.height() / 2) / h, PLACES)).append(' ')
                    .append(Decimals.of(b.width() / w, PLACES)).append(' ')
                    .append(Decimals.of(b.height() / h, PLACES)).append('\n');
        }
        Path labels = run.root().resolve("labels").resolve(entry.split());
        Files.createDirectories(labels);
        Files.writeString(labels.resolve(image.replaceFirst("\\.jpg$", ".txt")), text, StandardCharsets.UTF_8);
    }

    @Override
    public void finish(ExportRun run) throws IOException {
        StringBuilder yaml = new StringBuilder();
        yaml.append("# Ball and person boxes written by ").append(Manifest.version()).append('\n');
        yaml.append("# Ultralytics reads the labels from labels/SPLIT beside images/SPLIT.\n");
        yaml.append("# Moved the folder? Change 'path' to where it is now.\n");
        yaml.append("path: ").append(quoted(run.target().toString())).append('\n');
        for (String split : VideoSplit.SPLITS) {
            Files.createDirectories(run.root().resolve("images").resolve(split));
            Files.createDirectories(run.root().resolve("labels").resolve(split));
            yaml.append(split).append(": images/").append(split).append('\n');
        }
        yaml.append("nc: ").append(FrameBoxes.Category.values().length).append('\n');
        yaml.append("names:\n");
        for (FrameBoxes.Category c : FrameBoxes.Category.values()) {
            yaml.append("  ").append(c.ordinal()).append(": ").append(c.label()).append('\n');
        }
        Files.writeString(run.root().resolve(DATA_YAML), yaml, StandardCharsets.UTF_8);
    }

    /** A YAML single-quoted scalar, so any folder name reads back as written. */
    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
