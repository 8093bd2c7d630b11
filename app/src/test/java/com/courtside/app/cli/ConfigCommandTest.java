package com.courtside.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Settings from the user's file, the folder's file and the environment, under the flags, in-process. */
class ConfigCommandTest {

    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>();

    private record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CourtsideCommand.execute(args, new PrintWriter(out), new PrintWriter(err), env, dir.resolve("home"),
                dir.resolve("work"));
        return new Result(code, out.toString(), err.toString());
    }

    private void userFile(String yaml) throws IOException {
        Path file = dir.resolve("home/.config/courtside/config.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
    }

    private void folderFile(String name, String text) throws IOException {
        Files.createDirectories(dir.resolve("work"));
        Files.writeString(dir.resolve("work").resolve(name), text);
    }

    private static String line(String table, String key) {
        return table.lines().filter(l -> l.startsWith(key + " ")).findFirst().orElseThrow(() ->
                new AssertionError("no row " + key + " in\n" + table));
    }

    @Test
    void eachLayerBeatsTheOnesBeforeItAndConfigSaysWhereEachValueCameFrom() throws IOException {
        userFile("device: cpu\nanalyze:\n  threads: 2\n  no-cache: true\n");
        folderFile("courtside.yaml", "analyze:\n  device: cuda:1\n  threads: 3\nrally:\n  preset: tennis\n");
        env.put("COURTSIDE_ANALYZE_THREADS", "4");
        env.put("COURTSIDE_CACHE", "/somewhere");

        Result r = run("config");

        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(line(r.out(), "analyze.threads")).contains(" 4 ").contains("environment COURTSIDE_ANALYZE_THREADS");
        assertThat(line(r.out(), "analyze.device")).contains("cuda:1").contains("./courtside.yaml (analyze.device)");
        assertThat(line(r.out(), "evaluate.device")).contains(" cpu ").contains("config.yaml (device)");
        assertThat(line(r.out(), "analyze.no-cache")).contains("true");
        assertThat(line(r.out(), "evaluate.radius")).contains("10").endsWith("default");
        assertThat(r.err()).as("the rally section and the cache variable are others'").isEmpty();
    }

    @Test
    void aSettingReachesItsCommandAndAFlagBeatsIt() throws IOException {
        folderFile("courtside.json", "{\"render-demo\": {\"scenes\": 3, \"duration\": 2}}");

        Result fromFile = run("render-demo", "-o", dir.resolve("a.mp4").toString());
        assertThat(fromFile.code()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(fromFile.err()).contains("--scenes is for --sport basketball");

        Result withFlag = run("render-demo", "--sport", "basketball", "--duration", "1", "-o",
                dir.resolve("b.mp4").toString());
        assertThat(withFlag.code()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(withFlag.err()).contains("at least 3.5 seconds").contains("not 1.0");
    }

    @Test
    void aBadFileOrValueIsNamedWithWhereItCameFrom() throws IOException {
        userFile("analyze: [unclosed\n");
        Result badFile = run("config");
        assertThat(badFile.code()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(badFile.err()).contains("The settings file").contains("config.yaml cannot be read");

        userFile("analyze:\n  modle: classical\n");
        env.put("COURTSIDE_ANALYZE_THREADS", "many");
        Result badValue = run("analyze", "x.mp4");
        assertThat(badValue.code()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(badValue.err()).contains("'many' is not an int")
                .contains("The value came from environment COURTSIDE_ANALYZE_THREADS.");

        env.clear();
        Result unknown = run("config", "analyze");
        assertThat(unknown.code()).isEqualTo(ExitCodes.OK);
        assertThat(unknown.err()).contains("'analyze.modle'").contains("no command has this setting");
        assertThat(unknown.out()).doesNotContain("evaluate.");
    }
}
