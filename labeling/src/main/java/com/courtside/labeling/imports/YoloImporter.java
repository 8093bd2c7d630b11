package com.courtside.labeling.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * YOLO (Ultralytics) detection labels, as Courtside's YOLO export writes them: a text file per image,
 * {@code labels/SPLIT/NAME_000123.txt}, a box per line as {@code CLASS CX CY W H} in fractions of the frame's width
 * and height (a sixth number, a detector's confidence, is allowed), and {@code data.yaml} naming the classes.
 * Given {@code data.yaml}, the dataset folder or its {@code labels} folder, the files of one video are read: the
 * only video in the dataset, else the one named like the video imported into. The frame is the number ending the
 * file name.
 * <p>
 * The ball is the class {@code data.yaml} names {@code ball} (or {@code sports ball}), else class 0: its box's
 * centre becomes a visible ball, and an empty file "no ball here". Undoing the fractions needs the video's size, so
 * an import that was not told it is refused. A box cut by the frame's edge is taken as a square ball box, as the
 * export writes. Other classes (persons) are not imported but counted in {@link ImportedLabels#leftOut()}.
 */
public final class YoloImporter implements LabelImporter {

    public static final String FORMAT = "yolo";
    static final String DATA_YAML = "data.yaml";
    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String description() {
        return "YOLO txt labels (data.yaml, the dataset folder or its labels folder; the ball's boxes, persons are "
                + "not imported)";
    }

    @Override
    public boolean canRead(Path path) {
        if (Files.isDirectory(path)) {
            return Files.isRegularFile(path.resolve(DATA_YAML)) || Files.isDirectory(path.resolve("labels"))
                    || Sniff.lowerName(path).equals("labels");
        }
        String name = Sniff.lowerName(path);
        return (name.endsWith(".yaml") || name.endsWith(".yml"))
                && Pattern.compile("(?m)^names\\s*:").matcher(Sniff.head(path)).find();
    }

    @Override
    public ImportedLabels read(Path path, ImportContext context) throws ImportFormatException, IOException {
        if (!context.knowsFrameSize()) {
            throw ImportFormatException.inFile(path, "YOLO boxes are fractions of the frame's width and height, and "
                    + "Courtside was not told the video's size; import it with 'courtside import VIDEO "
                    + path.getFileName() + "'");
        }
        YoloLabelFiles files = YoloLabelFiles.find(path);
        DataYaml classes = files.dataYaml() == null ? DataYaml.none() : DataYaml.read(files.dataYaml());
        String video = DatasetVideos.choose(files.videos(), context, path);
        FrameBalls balls = new FrameBalls(context.frameCount(), context.width(), context.height());
        for (Map.Entry<Integer, Path> e : files.of(video).entrySet()) {
            int frame = e.getKey();
            if (!context.contains(frame)) {
                throw ImportFormatException.inFile(e.getValue(), context.outsideVideo(frame));
            }
            balls.image(frame);
            readBoxes(e.getValue(), frame, classes, context, balls);
        }
        return balls.points().toLabels(FORMAT, path, List.of(), List.of(), balls.leftOut());
    }

    private static void readBoxes(Path file, int frame, DataYaml classes, ImportContext context, FrameBalls balls)
            throws ImportFormatException, IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = SPACES.split(line.strip());
                if (cells.length != 5 && cells.length != 6) {
                    throw ImportFormatException.atLine(file, lineNumber, "expected CLASS CX CY W H (and perhaps a "
                            + "confidence), found " + cells.length + " values; segmentation polygons are not read");
                }
                int type = classOf(file, lineNumber, cells[0]);
                double cx = fraction(file, lineNumber, "CX", cells[1]);
                double cy = fraction(file, lineNumber, "CY", cells[2]);
                double w = fraction(file, lineNumber, "W", cells[3]);
                double h = fraction(file, lineNumber, "H", cells[4]);
                if (type != classes.ball()) {
                    balls.leave(classes.kind(type), 1);
                    continue;
                }
                if (w == 0 || h == 0) {
                    throw ImportFormatException.atLine(file, lineNumber, "the ball's box has no area (W " + cells[3]
                            + ", H " + cells[4] + ")");
                }
                double score = cells.length == 6 ? number(file, lineNumber, "the confidence", cells[5]) : Double.NaN;
                balls.ball(frame, (cx - w / 2) * context.width(), (cy - h / 2) * context.height(),
                        w * context.width(), h * context.height(), score);
            }
        }
    }

    private static int classOf(Path file, int line, String cell) throws ImportFormatException {
        try {
            int type = Integer.parseInt(cell);
            if (type >= 0) {
                return type;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ImportFormatException.atLine(file, line, "the class is \"" + cell + "\", expected a class number from 0");
    }

    private static double fraction(Path file, int line, String column, String cell) throws ImportFormatException {
        double value = number(file, line, column, cell);
        if (value < 0 || value > 1) {
            throw ImportFormatException.atLine(file, line, column + " is " + cell + ", expected a fraction of the "
                    + "frame from 0 to 1 (YOLO boxes are normalised)");
        }
        return value;
    }

    private static double number(Path file, int line, String column, String cell) throws ImportFormatException {
        try {
            double value = Double.parseDouble(cell);
            if (Double.isFinite(value) && !cell.endsWith("f") && !cell.endsWith("d")) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ImportFormatException.atLine(file, line, column + " is \"" + cell + "\", expected a number");
    }
}
