package com.courtside.inference.analysis;

import com.courtside.inference.video.CacheDirectory;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoProbe;
import com.courtside.timeline.task.CancelledException;
import com.courtside.timeline.task.ProgressListener;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnalysisCacheTest {

    static OpenedVideo video;

    @BeforeAll
    static void openDemo() throws Exception {
        Path demo = null;
        for (Path dir = Path.of("").toAbsolutePath(); dir != null && demo == null; dir = dir.getParent()) {
            Path candidate = dir.resolve("resources/demo/demo-match.mp4");
            demo = Files.isRegularFile(candidate) ? candidate : null;
        }
        Assumptions.assumeTrue(demo != null, "the demo match is not in this checkout");
        video = new VideoProbe(null, 2).open(demo, ProgressListener.NONE);
    }

    @Test
    void secondOpenGetsTheKeptResultWithoutAnalysingAgain(@TempDir Path dir) throws Exception {
        CacheDirectory cacheDir = new CacheDirectory(dir);
        AnalysisCache cache = new AnalysisCache(cacheDir);
        AnalysisResult first = BallAnalysis.runCached(video, cache, 2, ProgressListener.NONE);
        assertThat(cacheDir.analysisFile(video.facts().signature(), BallAnalysis.METHOD_ID)).isRegularFile();
        AtomicInteger progressCalls = new AtomicInteger();
        AnalysisResult second = BallAnalysis.runCached(video, cache, 2, (d, t, m) -> progressCalls.incrementAndGet());
        assertThat(progressCalls.get()).as("no analysis ran").isZero();
        assertThat(second.events()).isEqualTo(first.events());
        assertThat(second.trackedFrames()).isEqualTo(first.trackedFrames());
        for (int f = 0; f < video.facts().frameCount(); f++) {
            assertThat(second.track().hasBall(f)).isEqualTo(first.track().hasBall(f));
            if (first.track().hasBall(f)) {
                assertThat(second.track().ballTrack().x(f)).isEqualTo(first.track().ballTrack().x(f));
                assertThat(second.track().isPredicted(f)).isEqualTo(first.track().isPredicted(f));
                assertThat(second.track().mode(f)).isEqualTo(first.track().mode(f));
            }
        }
    }

    @Test
    void cancelledRunLeavesNothingBehind(@TempDir Path dir) {
        CacheDirectory cacheDir = new CacheDirectory(dir);
        ProgressListener cancel = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> BallAnalysis.runCached(video, new AnalysisCache(cacheDir), 1, cancel))
                .isInstanceOf(CancelledException.class);
        assertThat(cacheDir.analysisFile(video.facts().signature(), BallAnalysis.METHOD_ID)).doesNotExist();
    }

    @Test
    void damagedKeptResultIsIgnored(@TempDir Path dir) throws Exception {
        CacheDirectory cacheDir = new CacheDirectory(dir);
        Path file = cacheDir.analysisFile(video.facts().signature(), BallAnalysis.METHOD_ID);
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[] {0x43, 0x53, 0x41, 0x52, 0, 0, 0, 1, 0, 0});
        assertThat(new AnalysisCache(cacheDir).load(video, BallAnalysis.METHOD_ID)).isEmpty();
    }
}
