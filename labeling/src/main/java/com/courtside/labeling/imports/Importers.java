package com.courtside.labeling.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every label format Courtside imports, and the choice of one for a file. */
public final class Importers {

    // Name-sniffed formats first: an OpenTTGames file is recognised by its name alone.
    private static final List<LabelImporter> ALL = List.of(
            new OpenTtGamesImporter(),
            new TrajectoryImporter(),
            new RallyCutImporter(),
            new CocoImporter(),
            new YoloImporter(),
            new TrackNetCsvImporter());

    private Importers() {
    }

    public static List<LabelImporter> all() {
        return ALL;
    }

    /** The importer for a format name as stored with imported labels, e.g. {@code "tracknet-csv"}. */
    public static Optional<LabelImporter> forFormat(String format) {
        return ALL.stream().filter(i -> i.format().equals(format)).findFirst();
    }

    /**
     * The importer that can read {@code file}, judged from its name and first bytes; or, for a folder, from what is
     * in it (a COCO or YOLO dataset).
     */
    public static LabelImporter forFile(Path file) throws ImportFormatException {
        boolean folder = Files.isDirectory(file);
        if (!folder && !Files.isRegularFile(file)) {
            throw ImportFormatException.inFile(file, "there is no such file or folder");
        }
        for (LabelImporter importer : ALL) {
            if (importer.canRead(file)) {
                return importer;
            }
        }
        String what = folder ? "folder" : "file";
        throw ImportFormatException.inFile(file, "Courtside does not recognise this label " + what + ". It reads: "
                + describeFormats());
    }

    /** The formats in words, for messages and file dialogs. */
    public static String describeFormats() {
        return ALL.stream().map(LabelImporter::description).collect(Collectors.joining("; "));
    }
}
