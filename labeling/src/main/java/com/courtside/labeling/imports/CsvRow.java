package com.courtside.labeling.imports;

import java.nio.file.Path;
import java.util.List;

/** One data line of a CSV label file, whose cell parsers refuse bad values with the line and column named. */
final class CsvRow {

    private final Path file;
    private final int line;
    private final List<String> header;
    private final String[] cells;

    CsvRow(Path file, int line, List<String> header, String text) throws ImportFormatException {
        this.file = file;
        this.line = line;
        this.header = header;
        this.cells = text.split(",", -1);
        if (cells.length != header.size()) {
            throw refuse("expected " + header.size() + " columns (" + String.join(",", header) + "), found "
                    + cells.length);
        }
    }

    int line() {
        return line;
    }

    String cell(int column) {
        return cells[column].trim();
    }

    boolean isEmpty(int column) {
        return cell(column).isEmpty();
    }

    long wholeNumber(int column) throws ImportFormatException {
        String text = cell(column);
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw expected(column, "a whole number");
        }
    }

    float decimal(int column) throws ImportFormatException {
        String text = cell(column);
        try {
            float value = Float.parseFloat(text);
            if (Float.isFinite(value) && !text.endsWith("f") && !text.endsWith("d")) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the column named
        }
        throw expected(column, "a number");
    }

    ImportFormatException expected(int column, String expectation) {
        String text = cell(column);
        String found = text.isEmpty() ? "an empty cell" : "\"" + text + "\"";
        return refuse("column " + header.get(column) + " holds " + found + ", expected " + expectation);
    }

    ImportFormatException refuse(String problem) {
        return ImportFormatException.atLine(file, line, problem);
    }
}
