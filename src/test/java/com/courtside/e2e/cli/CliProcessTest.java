package com.courtside.e2e.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The headless commands, run as a separate process: output, exit codes, and no stack traces for bad input. */
class CliProcessTest {

    @TempDir
    static Path dir;
    static Path clip;

    @BeforeAll
    static void writeClip() throws Exception {
        clip = dir.resolve("clip.mp4");
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(clip.toString(), 160, 120, 0)) {
            recorder.setVideoCodec(avcodec.AV_CODEC_ID_MPEG4);
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            recorder.setFrameRate(30);
            recorder.setGopSize(30);
            recorder.start();
            for (int i = 0; i < 75; i++) {
                Frame frame = new Frame(160, 120, Frame.DEPTH_UBYTE, 3);
                ByteBuffer buf = (ByteBuffer) frame.image[0];
                for (int p = 0; p < buf.capacity(); p++) {
                    buf.put(p, (byte) (p + i * 5));
                }
                recorder.record(frame, avutil.AV_PIX_FMT_BGR24);
            }
            recorder.stop();
        }
    }

    private static CourtsideProcess.Result courtside(String... args) throws Exception {
        return CourtsideProcess.run(dir, Map.of(), args);
    }

    private static void assertNoStackTrace(CourtsideProcess.Result r) {
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception in thread");
    }

    @Test
    void infoPrintsDecodedFrameCountAndFacts() throws Exception {
        CourtsideProcess.Result r = courtside("info", clip.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("frames        75").contains("160 x 120").contains("fps           30")
                .contains("codec         mpeg4").contains("sha256");
    }

    @Test
    void infoJsonIsMachineReadable() throws Exception {
        CourtsideProcess.Result r = courtside("info", "--json", clip.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("frameCount").asInt()).isEqualTo(75);
        assertThat(json.get("fps").asText()).isEqualTo("30");
        assertThat(json.get("width").asInt()).isEqualTo(160);
        assertThat(json.get("signature").get("headSha256").asText()).hasSize(64);
    }

    @Test
    void missingVideoExitsWithInputErrorAndOneClearLine() throws Exception {
        CourtsideProcess.Result r = courtside("info", dir.resolve("absent.mp4").toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("error: No file at").contains("absent.mp4");
        assertNoStackTrace(r);
    }

    @Test
    void garbageFileExitsWithInputError() throws Exception {
        Path garbage = Files.write(dir.resolve("garbage.mp4"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});
        CourtsideProcess.Result r = courtside("info", garbage.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("garbage.mp4");
        assertNoStackTrace(r);
    }

    @Test
    void unknownOptionIsAConfigurationError() throws Exception {
        CourtsideProcess.Result r = courtside("info", "--frobnicate", clip.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("--frobnicate").contains("--help");
    }

    @Test
    void helpListsTheCommands() throws Exception {
        CourtsideProcess.Result r = courtside("--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("info").contains("render-demo").contains("bench").contains("Exit codes");
    }

    @Test
    void workstationWithoutDisplayExplainsTheHeadlessCommands() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("DISPLAY", null);
        env.put("WAYLAND_DISPLAY", null);
        CourtsideProcess.Result r = CourtsideProcess.run(dir, env);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("needs a display").contains("xvfb-run").contains("./courtside info");
        assertNoStackTrace(r);
    }

    @Test
    void analyzeWritesTheTrajectoryFormat() throws Exception {
        Path out = dir.resolve("clip.trajectory.json");
        CourtsideProcess.Result r = courtside("analyze", clip.toString(), "--json", out.toString(),
                "--game-state", "none");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("clip.mp4: ball in").contains("of 75 frames").contains("(ball track)")
                .contains("trajectory written to");
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertThat(json.get("status").asText()).isEqualTo("success");
        assertThat(json.get("total_frames").asInt()).isEqualTo(75);
        assertThat(json.get("video_info").get("fps").asDouble()).isEqualTo(30.0);
        assertThat(json.has("trajectory")).isTrue();
        assertThat(json.get("rallySource").asText()).isEqualTo("ball track");
    }

    @Test
    void analyzeOfAMissingVideoIsAnInputError() throws Exception {
        CourtsideProcess.Result r = courtside("analyze", dir.resolve("gone.mp4").toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("No file at");
        assertNoStackTrace(r);
    }

    @Test
    void evaluatePrintsTheBallMetricsOfTheDemoAgainstItsTruth() throws Exception {
        Path demo = Path.of("").toAbsolutePath().resolve("../../resources/demo/demo-match.mp4").normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(demo), "demo match not in this checkout");
        CourtsideProcess.Result r = courtside("evaluate", demo.toString(), "--model", "classical");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("against demo-match.truth.json (1800 frames)").contains("ball detection")
                .contains("ball RMSE").contains("false positives").contains("bounces").contains("classical");
    }

    @Test
    void aFileThatIsNoModelIsRefusedWithExitCode2() throws Exception {
        Path fake = dir.resolve("fake.onnx");
        Files.writeString(fake, "this is not a model");
        Files.writeString(dir.resolve("fake.model.json"), "{\"task\": \"ball-heatmap\", \"inputs\": "
                + "[{\"name\": \"frames\"}], \"outputs\": [{\"name\": \"heatmap\"}]}");
        CourtsideProcess.Result r = courtside("analyze", clip.toString(), "--model", fake.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("fake.onnx").contains("is not a model ONNX Runtime can load");
        assertNoStackTrace(r);
    }

    @Test
    void anUnknownModelNameListsTheChoices() throws Exception {
        CourtsideProcess.Result r = courtside("analyze", clip.toString(), "--model", "no-such-model");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("No model 'no-such-model'").contains(".onnx file").contains("classical");
        assertNoStackTrace(r);
    }

    @Test
    void anUnknownDeviceIsAConfigurationError() throws Exception {
        CourtsideProcess.Result r = courtside("analyze", clip.toString(), "--device", "tpu");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("unknown device 'tpu'").contains("cuda:N");
        assertNoStackTrace(r);
    }

    @Test
    void askingForCudaWithoutAGpuFallsBackToTheCpuAndSaysWhy() throws Exception {
        Path out = dir.resolve("cuda.trajectory.json");
        CourtsideProcess.Result r = courtside("analyze", clip.toString(), "--device", "cuda", "--no-cache",
                "--json", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        if (r.err().contains("Finding the ball with the classical")) {
            return; // no model in this build: nothing runs on a device
        }
        assertThat(r.err()).containsAnyOf("CPU — CUDA not available", "CUDA:0");
        assertThat(out).isRegularFile();
    }
}
