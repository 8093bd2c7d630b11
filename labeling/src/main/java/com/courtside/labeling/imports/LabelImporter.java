package com.courtside.labeling.imports;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one foreign label format. Implementations hold no state, so one instance serves every import. */
public interface LabelImporter {

    /** The short name stored with imported labels, e.g. {@code "tracknet-csv"}. */
    String format();

    /** How the format is shown to the user, with the file names that identify it. */
    String description();

    /**
     * Whether {@code file} looks like this format, from its name and first bytes only; never throws, so
     * {@link Importers#forFile(Path)} can ask every importer in turn.
     */
    boolean canRead(Path file);

    /** Reads the whole file, or refuses it whole: a label import is never partial. */
    ImportedLabels read(Path file, ImportContext context) throws ImportFormatException, IOException;
}
