package com.courtside.timeline.io;

import com.courtside.timeline.players.PersonBoxes;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The truth beside a synthetic basketball video ({@code <name>.basketball.json}). People are one row per box so
 * a Python reader needs no schema; the ball is two columns with null where it is not seen.
 *
 * <pre>
 * { "format": "courtside-basketball-truth", "version": 1,
 *   "fps": 30, "width": 1280, "height": 720, "frameCount": 150, "seed": 7, "options": { .. },
 *   "peopleColumns": ["frame", "track", "slot", "x", "y", "w", "h"],
 *   "people": [ [0, 1, "O1", 412.5, 220.25, 48.0, 131.5], .. ],     x, y = top-left corner in pixels
 *   "shots": [ { "release": 71, "shooter": "O3", "x": 640.2, "y": 180.7,
 *               "rimX": 1011.4, "rimY": 205.9, "made": true } ],   x, y = the ball at the release frame
 *   "ball": { "x": [.., null, ..], "y": [.., null, ..] } }
 * </pre>
 */
public final class BasketballTruthJson {

    public static final String FORMAT = "courtside-basketball-truth";
    public static final int VERSION = 1;
    /** The suffix that replaces {@code .mp4}. */
    public static final String SUFFIX = ".basketball.json";

    static final String[] PEOPLE_COLUMNS = {"frame", "track", "slot", "x", "y", "w", "h"};

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BasketballTruthJson() {
    }

    /** Writes through a temporary name in the same folder, so a reader never sees half a file. */
    public static void write(Path file, BasketballTruth truth) throws IOException {
        TruthJson.writeAtomically(file, out -> {
            try (JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
                writeDocument(g, truth);
            }
        });
    }

    /** Reads and checks a file; anything malformed is an IOException naming the file and the field. */
    public static BasketballTruth read(Path file) throws IOException {
        return new BasketballTruthReader(file, TruthJson.parse(file)).truth();
    }

    private static void writeDocument(JsonGenerator g, BasketballTruth t) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeNumberField("version", VERSION);
        if (t.fps() == Math.rint(t.fps())) {
            g.writeNumberField("fps", (long) t.fps());
        } else {
            g.writeNumberField("fps", t.fps());
        }
        g.writeNumberField("width", t.width());
        g.writeNumberField("height", t.height());
        g.writeNumberField("frameCount", t.frameCount());
        g.writeNumberField("seed", t.seed());
        g.writeFieldName("options");
        MAPPER.writeValue(g, t.options());
        g.writeArrayFieldStart("peopleColumns");
        for (String c : PEOPLE_COLUMNS) {
            g.writeString(c);
        }
        g.writeEndArray();
        writePeople(g, t.people());
        g.writeArrayFieldStart("shots");
        for (BasketballTruth.ShotTruth s : t.shots()) {
            g.writeStartObject();
            g.writeNumberField("release", s.shot().releaseFrame());
            if (s.shot().shooter() == null) {
                g.writeNullField("shooter");
            } else {
                g.writeStringField("shooter", s.shot().shooter().wireName());
            }
            writeField(g, "x", s.shot().originX());
            writeField(g, "y", s.shot().originY());
            writeField(g, "rimX", s.rimX());
            writeField(g, "rimY", s.rimY());
            g.writeBooleanField("made", s.made());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("ball");
        writeColumn(g, "x", t.ballX());
        writeColumn(g, "y", t.ballY());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writePeople(JsonGenerator g, PersonBoxes p) throws IOException {
        g.writeArrayFieldStart("people");
        for (int i = 0; i < p.size(); i++) {
            g.writeStartArray();
            g.writeNumber(p.frame(i));
            g.writeNumber(p.track(i));
            g.writeString(p.slot(i).wireName());
            writeCoordinate(g, p.x(i));
            writeCoordinate(g, p.y(i));
            writeCoordinate(g, p.width(i));
            writeCoordinate(g, p.height(i));
            g.writeEndArray();
        }
        g.writeEndArray();
    }

    private static void writeColumn(JsonGenerator g, String name, float[] values) throws IOException {
        g.writeArrayFieldStart(name);
        for (float v : values) {
            writeCoordinate(g, v);
        }
        g.writeEndArray();
    }

    private static void writeField(JsonGenerator g, String name, float v) throws IOException {
        g.writeFieldName(name);
        writeCoordinate(g, v);
    }

    // A hundredth of a pixel is below any labeller's or model's precision and keeps the files short.
    private static void writeCoordinate(JsonGenerator g, float v) throws IOException {
        if (Float.isNaN(v)) {
            g.writeNull();
        } else {
            g.writeNumber(Math.round(v * 100.0) / 100.0);
        }
    }
}
