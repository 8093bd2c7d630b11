package com.courtside.export.dataset;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one JSON mapper of the dataset writers (decimals written plainly, "120" not "1.2E+2"), and the ways they
 * write: a small tree indented for people to read, a large one compact, or a stream for a file per frame.
 */
final class JsonFiles {

    static final ObjectMapper MAPPER = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /** Writes the body of a streamed file. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private JsonFiles() {
    }

    static void write(Path file, JsonNode tree) throws IOException {
        Files.createDirectories(file.getParent());
        MAPPER.writeValue(file.toFile(), tree);
    }

    static void writeIndented(Path file, JsonNode tree) throws IOException {
        Files.createDirectories(file.getParent());
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), tree);
    }

    /** Streams a file that may hold a line per frame of a long match, without building it in memory. */
    static void stream(Path file, Body body) throws IOException {
        Files.createDirectories(file.getParent());
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            body.write(g);
        }
    }
}
