package com.courtside.export.dataset;

import com.courtside.timeline.VideoFacts;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json}, written last into every dataset: the format, the Courtside version, the options, the
 * counts per split and class, and per video its split, facts, where its labels came from and what it gave.
 */
final class Manifest {

    static final String FILE = "manifest.json";

    private Manifest() {
    }

    static void write(ExportRun run, List<VideoEntry> entries) throws IOException {
        ObjectNode root = JsonFiles.MAPPER.createObjectNode();
        root.put("format", run.options().format().wireName());
        root.put("courtside", version());
        root.put("created", Instant.now().toString());
        ArrayNode labels = root.putArray("labels");
        entries.stream().map(e -> e.labels().origin().labels()).distinct().forEach(labels::add);
        ObjectNode options = root.putObject("options");
        run.options().describe().forEach((k, v) -> options.putPOJO(k, v));
        ObjectNode counts = root.putObject("counts");
        run.counts().bySplit().forEach((split, byClass) -> put(counts.putObject(split), byClass));
        ArrayNode videos = root.putArray("videos");
        for (VideoEntry e : entries) {
            VideoFacts facts = e.facts();
            LabelOrigin origin = e.labels().origin();
            ObjectNode v = videos.addObject();
            v.put("name", e.name());
            v.put("file", facts.path().toString());
            v.put("sha256OfFirstMiB", facts.signature() == null ? null : facts.signature().headSha256());
            v.put("split", e.split());
            v.put("frames", facts.frameCount());
            v.put("fps", facts.fps().toString());
            v.put("width", facts.width());
            v.put("height", facts.height());
            v.put("labels", origin.labels());
            origin.modelRuns().forEach(v.putArray("modelRuns")::add);
            v.put("detail", origin.detail());
            put(v.putObject("counts"), run.counts().ofVideo(e.name()));
        }
        JsonFiles.writeIndented(run.root().resolve(FILE), root);
    }

    /** "Courtside 1.2.0", or "Courtside development build" outside a released jar, as {@code --version} says. */
    static String version() {
        String version = Manifest.class.getPackage().getImplementationVersion();
        return "Courtside " + (version == null ? "development build" : version);
    }

    private static void put(ObjectNode node, Map<String, Long> counts) {
        counts.forEach(node::put);
    }
}
