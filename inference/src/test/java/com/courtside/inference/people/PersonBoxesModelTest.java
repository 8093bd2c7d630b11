package com.courtside.inference.people;

import com.courtside.inference.onnx.Device;
import com.courtside.inference.onnx.ModelLoadException;
import com.courtside.inference.video.FrameImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The person-boxes contract on tiny models (tools/models/make_person_test_models.py) that always answer with a
 * person at cx 0.25, cy 0.5, w 0.1, h 0.4 of the image, a weaker overlapping copy of it, and a ball.
 */
class PersonBoxesModelTest {

    static Path model(String name) throws Exception {
        return Path.of(PersonBoxesModelTest.class.getResource("/models/" + name + ".onnx").toURI());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"person-detr", "person-yolo"})
    void theModelsPersonComesBackOnceInSourcePixels(String name) throws Exception {
        try (PersonBoxesModel people = PersonBoxesModel.open(model(name), Device.CPU, 1)) {
            List<PersonBox> boxes = people.detect(new FrameImage(320, 160));

            assertThat(boxes).hasSize(1);
            PersonBox box = boxes.get(0);
            assertThat(box.left()).isCloseTo(64f, within(0.01f));
            assertThat(box.top()).isCloseTo(48f, within(0.01f));
            assertThat(box.width()).isCloseTo(32f, within(0.01f));
            assertThat(box.height()).isCloseTo(64f, within(0.01f));
            assertThat(box.confidence()).isCloseTo((float) (1 / (1 + Math.exp(-4))), within(1e-4f));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"person-detr", "person-yolo"})
    void aFrameDecodedAtTheModelsSizeMapsToTheSource(String name) throws Exception {
        try (PersonBoxesModel people = PersonBoxesModel.open(model(name), Device.CPU, 1)) {
            PersonBox box = people.detect(new FrameImage(64, 64), 1280, 720).get(0);

            assertThat(box.left()).isCloseTo(256f, within(0.01f));
            assertThat(box.top()).isCloseTo(216f, within(0.01f));
            assertThat(box.width()).isCloseTo(128f, within(0.01f));
            assertThat(box.height()).isCloseTo(288f, within(0.01f));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "person-wrong-task  | is a 'ball-boxes' model; finding people needs a 'person-boxes' model",
            "person-no-label    | has no \"person\" among its labels [ball, racket]",
            "person-wrong-boxes | output 'boxes' has shape [N, 3, 5] but a detr-layout model gives boxes as [N, K, 4]",
    })
    void aModelOutsideTheContractIsRefusedSayingWhy(String name, String reason) throws Exception {
        assertThatThrownBy(() -> PersonBoxesModel.open(model(name), Device.CPU, 1))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(reason);
    }
}
