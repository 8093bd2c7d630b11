package com.courtside.e2e.cli;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the assembled program as a separate process, the way a user or a script does. */
final class CourtsideProcess {

    record Result(int exitCode, String out, String err) {
    }

    private CourtsideProcess() {
    }

    static Result run(Path workDir, Map<String, String> env, String... args) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.awt.headless=true", "-Dcourtside.cache=" + workDir.resolve("cache"),
                "com.courtside.app.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        // The class path goes in the environment, not on the command line: ONNX Runtime 1.29 crashes (SIGSEGV) while
        // starting in a process whose command line is longer than about 3.7 KB, and the test class path is longer.
        builder.environment().put("CLASSPATH", classPath.replace(File.pathSeparator + File.pathSeparator,
                File.pathSeparator));
        env.forEach((k, v) -> {
            if (v == null) {
                builder.environment().remove(k);
            } else {
                builder.environment().put(k, v);
            }
        });
        Process process = builder.start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("courtside " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new Result(process.exitValue(), out.get(), err.get());
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "<unreadable: " + e + ">";
        }
    }
}
