package com.courtside.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The outcome of one benchmark run: where it ran, on which files, and the table of rows. */
public record BenchReport(MachineInfo machine, String load, int threads, List<ClipSummary> clips, String peer,
                          List<BenchRow> rows, List<String> notes) {

    /** A clip as measured: its real size and frame count, not just what was asked for. */
    public record ClipSummary(String label, Path file, long sizeBytes, String codec, int width, int height,
                              int frames, double fps, int gop, int keyFrames) {
        String describe() {
            return String.format(Locale.ROOT, "%s: %s (%s %d×%d, %d frames at %.3g fps, GOP %d: %d key frame%s, %s)",
                    label, file.getFileName(), codec, width, height, frames, fps, gop, keyFrames,
                    keyFrames == 1 ? "" : "s", Units.megabytes(sizeBytes));
        }
    }

    private static final String[] HEADERS = {"measurement", "Courtside", "peer", "ratio", "target", "verdict"};

    /** The report as printed: context lines, the table, then the notes that explain it. */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append("Courtside bench\n");
        out.append("machine: ").append(machine.describe()).append('\n');
        out.append("load: ").append(load).append('\n');
        out.append("decoder threads: ").append(threads).append('\n');
        for (ClipSummary clip : clips) {
            out.append("clip ").append(clip.describe()).append('\n');
            out.append("    ").append(clip.file().toAbsolutePath()).append('\n');
        }
        out.append(peer).append("\n\n");
        out.append(table());
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(n -> out.append("* ").append(n).append('\n'));
        }
        return out.toString();
    }

    /** The table alone, columns padded to their widest cell. */
    public String table() {
        List<String[]> cells = new ArrayList<>();
        cells.add(HEADERS);
        for (BenchRow row : rows) {
            cells.add(new String[] {row.measurement(), row.valueText(), row.peerText(), row.ratioText(),
                    row.target().describe(), row.verdict().label()});
        }
        int[] width = new int[HEADERS.length];
        for (String[] line : cells) {
            for (int c = 0; c < line.length; c++) {
                width[c] = Math.max(width[c], line[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < cells.size(); r++) {
            out.append(line(cells.get(r), width)).append('\n');
            if (r == 0) {
                String[] rule = new String[width.length];
                for (int c = 0; c < width.length; c++) {
                    rule[c] = "-".repeat(width[c]);
                }
                out.append(line(rule, width).replace(" | ", "-+-")).append('\n');
            }
        }
        return out.toString();
    }

    private static String line(String[] cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                b.append(" | ");
            }
            b.append(cells[c]).append(" ".repeat(width[c] - cells[c].length()));
        }
        return b.toString().stripTrailing();
    }

    /** Writes the report as JSON; figures as numbers, with their units and the verdicts. */
    public void writeJson(Path file) throws IOException {
        writeJson(file, json());
    }

    /** Writes {@code root} (the report's {@link #json()}, perhaps with more beside it) as indented JSON. */
    public static void writeJson(Path file, Map<String, Object> root) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
    }

    /** The report as a JSON tree of maps and lists, in the order it is written. */
    public Map<String, Object> json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("machine", machine);
        root.put("load", load);
        root.put("threads", threads);
        root.put("clips", clips.stream().map(BenchReport::clipJson).toList());
        root.put("peer", peer);
        root.put("rows", rows.stream().map(BenchReport::rowJson).toList());
        root.put("notes", notes);
        return root;
    }

    private static Map<String, Object> clipJson(ClipSummary c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", c.label());
        m.put("file", c.file().toAbsolutePath().toString());
        m.put("sizeBytes", c.sizeBytes());
        m.put("codec", c.codec());
        m.put("width", c.width());
        m.put("height", c.height());
        m.put("frames", c.frames());
        m.put("fps", c.fps());
        m.put("gop", c.gop());
        m.put("keyFrames", c.keyFrames());
        return m;
    }

    private static Map<String, Object> rowJson(BenchRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (r.video() != null) {
            m.put("video", r.video().toAbsolutePath().toString());
        }
        m.put("measurement", r.measurement());
        m.put("value", r.value());
        m.put("unit", r.unit());
        m.put("peer", r.peerLabel());
        m.put("peerValue", r.peerValue());
        m.put("ratio", r.ratio());
        m.put("target", r.target().describe());
        m.put("verdict", r.verdict().name());
        return m;
    }
}
