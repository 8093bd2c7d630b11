package com.courtside.inference.people;

import com.courtside.inference.onnx.Device;
import com.courtside.inference.video.OpenedVideo;
import com.courtside.inference.video.VideoProbe;
import com.courtside.timeline.players.PersonBoxes;
import com.courtside.timeline.players.PlayerSlot;
import com.courtside.timeline.task.CancelledException;
import com.courtside.timeline.task.ProgressListener;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MPEG4;

/** Both detectors over an encoded clip of {@link SyntheticCourt}. */
class PeopleDetectionTest {

    @TempDir
    static Path dir;
    static OpenedVideo video;

    @BeforeAll
    static void clip() throws Exception {
        Path file = dir.resolve("court.mp4");
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), SyntheticCourt.WIDTH,
                SyntheticCourt.HEIGHT)) {
            recorder.setFormat("mp4");
            recorder.setVideoCodec(AV_CODEC_ID_MPEG4);
            recorder.setFrameRate(30);
            recorder.setVideoQuality(2);
            recorder.start();
            for (int t = 0; t < SyntheticCourt.FRAMES; t++) {
                Frame frame = new Frame(SyntheticCourt.WIDTH, SyntheticCourt.HEIGHT, Frame.DEPTH_UBYTE, 3);
                ((ByteBuffer) frame.image[0]).put(SyntheticCourt.bgr(t, true));
                recorder.record(frame);
            }
        }
        video = new VideoProbe(null, 1).open(file, ProgressListener.NONE);
    }

    @Test
    void theClassicalDetectorFindsBothPeopleInMostFrames() throws Exception {
        AtomicLong done = new AtomicLong();
        AtomicLong total = new AtomicLong();
        PersonBoxes boxes = PeopleDetection.run(video, null, 1, (d, t, message) -> {
            done.set(d);
            total.set(t);
        });

        int found = 0;
        for (int f = 0; f < SyntheticCourt.FRAMES; f++) {
            int[][] truth = SyntheticCourt.people(f);
            for (int[] person : truth) {
                for (int i = boxes.first(f); i < boxes.end(f); i++) {
                    PersonBox box = new PersonBox(boxes.x(i), boxes.y(i), boxes.width(i), boxes.height(i), 1);
                    if (SyntheticCourt.iou(box, person) >= 0.5f) {
                        found++;
                        break;
                    }
                }
            }
        }
        // The two cross mid-clip, where they are one blob too wide for a person.
        assertThat(found).isGreaterThanOrEqualTo((int) (0.8 * 2 * SyntheticCourt.FRAMES));
        assertThat(boxes.size()).isLessThanOrEqualTo(2 * SyntheticCourt.FRAMES);
        assertThat(boxes.track(0)).isEqualTo(-1);
        assertThat(boxes.slot(0)).isEqualTo(PlayerSlot.OTHER);
        assertThat(done.get()).isEqualTo(total.get()).isPositive();
    }

    @Test
    void aModelGivesItsBoxInEveryFrame() throws Exception {
        try (PersonBoxesModel model = PersonBoxesModel.open(PersonBoxesModelTest.model("person-detr"), Device.CPU, 1)) {
            PersonBoxes boxes = PeopleDetection.run(video, model, 1, ProgressListener.NONE);

            assertThat(boxes.size()).isEqualTo(SyntheticCourt.FRAMES);
            assertThat(boxes.frame(SyntheticCourt.FRAMES - 1)).isEqualTo(SyntheticCourt.FRAMES - 1);
            assertThat(boxes.x(0)).isCloseTo(64f, within(0.01f));
            assertThat(boxes.height(0)).isCloseTo(72f, within(0.01f));
        }
    }

    @Test
    void cancellingStopsTheRun() {
        ProgressListener cancelled = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> PeopleDetection.run(video, null, 1, cancelled)).isInstanceOf(CancelledException.class);
    }
}
