package com.courtside.labeling.imports;

import com.courtside.timeline.BallTrack.Visibility;
import com.courtside.timeline.EventKind;
import com.courtside.timeline.MatchEvent;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TrackNet ball labels in either of their CSV layouts:
 * <ul>
 *   <li>{@code Frame,Visibility,X,Y} (TrackNetV2 and later): the frame is the 0-based index;</li>
 *   <li>{@code file name,visibility,x-coordinate,y-coordinate,status} (the original tennis set): the frame is the
 *   number in the image name ({@code 0000.jpg}, {@code img_000123.jpg}); status 1 is a hit, 2 a bounce.</li>
 * </ul>
 * Visibility 0 is no ball (any position is dropped), 1 a visible ball, and 2 and 3 (hard to see, occluded)
 * become {@link Visibility#OCCLUDED} keeping the position when there is one.
 */
public final class TrackNetCsvImporter implements LabelImporter {

    public static final String FORMAT = "tracknet-csv";

    private static final List<String> FRAME_HEADER = List.of("Frame", "Visibility", "X", "Y");
    private static final List<String> FILE_HEADER =
            List.of("file name", "visibility", "x-coordinate", "y-coordinate", "status");
    private static final Pattern LAST_NUMBER = Pattern.compile("(\\d+)\\D*$");
    private static final int FRAME = 0;
    private static final int VISIBILITY = 1;
    private static final int X = 2;
    private static final int Y = 3;
    private static final int STATUS = 4;

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String description() {
        return "TrackNet CSV (" + String.join(",", FRAME_HEADER) + " or " + String.join(",", FILE_HEADER) + ")";
    }

    @Override
    public boolean canRead(Path file) {
        // Any .csv is claimed so that a wrong header is reported on its line rather than as an unknown format.
        return Sniff.lowerName(file).endsWith(".csv")
                || headerOf(Sniff.head(file).lines().findFirst().orElse("")) != null;
    }

    @Override
    public ImportedLabels read(Path file, ImportContext context) throws ImportFormatException, IOException {
        PointColumns points = new PointColumns();
        List<MatchEvent> events = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            List<String> header = first == null ? null : headerOf(first);
            if (header == null) {
                throw ImportFormatException.atLine(file, 1, "the header is \"" + (first == null ? "" : first.strip())
                        + "\", expected \"" + String.join(",", FRAME_HEADER) + "\" or \""
                        + String.join(",", FILE_HEADER) + "\"");
            }
            int lineNumber = 1;
            int firstBlank = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    firstBlank = firstBlank == 0 ? lineNumber : firstBlank;
                    continue;
                }
                if (firstBlank != 0) {
                    throw ImportFormatException.atLine(file, firstBlank,
                            "empty line inside the table; only the end of the file may have empty lines");
                }
                readRow(new CsvRow(file, lineNumber, header, line), header == FILE_HEADER, context, points, events);
            }
        }
        return points.toLabels(FORMAT, file, events, List.of());
    }

    private static void readRow(CsvRow row, boolean byFileName, ImportContext context, PointColumns points,
                                List<MatchEvent> events) throws ImportFormatException {
        long frame = byFileName ? frameInName(row) : row.wholeNumber(FRAME);
        if (!context.contains(frame)) {
            throw row.refuse(context.outsideVideo(frame));
        }
        if (frame <= points.lastFrame()) {
            throw row.refuse("frame " + frame + " comes after frame " + points.lastFrame()
                    + "; frames must be listed once each, in increasing order");
        }
        Visibility visibility = visibility(row);
        boolean hasPosition = !row.isEmpty(X) || !row.isEmpty(Y);
        if (visibility == Visibility.NONE || (visibility == Visibility.OCCLUDED && !hasPosition)) {
            points.add((int) frame, visibility, Float.NaN, Float.NaN);
        } else {
            points.add((int) frame, visibility, row.decimal(X), row.decimal(Y));
        }
        if (byFileName) {
            statusEvent(row, (int) frame, events);
        }
    }

    private static Visibility visibility(CsvRow row) throws ImportFormatException {
        long code = row.isEmpty(VISIBILITY) ? -1 : row.wholeNumber(VISIBILITY);
        if (code == 0) {
            return Visibility.NONE;
        } else if (code == 1) {
            return Visibility.VISIBLE;
        } else if (code == 2 || code == 3) {
            return Visibility.OCCLUDED;
        }
        throw row.expected(VISIBILITY, "0 (no ball), 1 (visible), 2 or 3 (hard to see or occluded)");
    }

    private static void statusEvent(CsvRow row, int frame, List<MatchEvent> events) throws ImportFormatException {
        long status = row.isEmpty(STATUS) ? 0 : row.wholeNumber(STATUS);
        if (status == 1) {
            events.add(new MatchEvent(frame, EventKind.HIT));
        } else if (status == 2) {
            events.add(new MatchEvent(frame, EventKind.BOUNCE));
        } else if (status != 0) {
            throw row.expected(STATUS, "0 (flying), 1 (hit) or 2 (bounce)");
        }
    }

    private static long frameInName(CsvRow row) throws ImportFormatException {
        Matcher m = LAST_NUMBER.matcher(row.cell(FRAME));
        if (!m.find() || m.group(1).length() > 10) {
            throw row.expected(FRAME, "an image name with the frame number in it, such as 0042.jpg");
        }
        return Long.parseLong(m.group(1));
    }

    /** The layout a header line names (case and spaces around commas ignored), or null. */
    private static List<String> headerOf(String line) {
        String clean = line.startsWith("\uFEFF") ? line.substring(1) : line;
        List<String> names = Arrays.stream(clean.split(",", -1)).map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        if (names.equals(lower(FRAME_HEADER))) {
            return FRAME_HEADER;
        }
        return names.equals(lower(FILE_HEADER)) ? FILE_HEADER : null;
    }

    private static List<String> lower(List<String> header) {
        return header.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }
}
