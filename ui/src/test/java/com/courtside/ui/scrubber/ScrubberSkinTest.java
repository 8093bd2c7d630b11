package com.courtside.ui.scrubber;

import com.courtside.timeline.Rally;
import com.courtside.ui.Styles;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ScrubberSkinTest {

    private Scrubber scrubber;
    private final List<Integer> seeks = new ArrayList<>();

    @Start
    void start(Stage stage) {
        scrubber = new Scrubber();
        scrubber.frameCountProperty().set(1000);
        scrubber.onSeekProperty().set(seeks::add);
        StackPane root = new StackPane(scrubber);
        Scene scene = new Scene(root, 1032, 60);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    private Point2D atFraction(double fraction) {
        double left = scrubber.snappedLeftInset();
        double width = scrubber.getWidth() - left - scrubber.snappedRightInset();
        return scrubber.localToScreen(left + width * fraction, scrubber.getHeight() - 8);
    }

    @Test
    void clickSeeksToTheFrameUnderTheMouse(FxRobot robot) {
        robot.moveTo(atFraction(0.2505)).clickOn(MouseButton.PRIMARY);
        assertThat(seeks).isNotEmpty().allMatch(f -> Math.abs(f - 250) <= 1);
        assertThat(scrubber.scrubbingProperty().get()).isFalse();
    }

    @Test
    void dragSeeksContinuouslyAndEndsWhereReleased(FxRobot robot) {
        robot.moveTo(atFraction(0.1)).press(MouseButton.PRIMARY);
        assertThat(scrubber.scrubbingProperty().get()).isTrue();
        robot.moveTo(atFraction(0.5)).moveTo(atFraction(0.7005)).release(MouseButton.PRIMARY);
        assertThat(seeks.size()).isGreaterThan(2);
        assertThat(seeks.get(0)).isBetween(99, 101);
        assertThat(seeks.get(seeks.size() - 1)).isBetween(699, 701);
        assertThat(scrubber.scrubbingProperty().get()).isFalse();
    }

    @Test
    void drawsOneBandPerRallyAndMergesTouchingOnes() {
        WaitForAsyncUtils.asyncFx(() -> scrubber.ralliesProperty().set(List.of(
                new Rally(100, 200), new Rally(201, 260), new Rally(500, 700))));
        WaitForAsyncUtils.waitForFxEvents();
        Set<Node> bands = scrubber.lookupAll("." + Styles.SCRUBBER_RALLY);
        assertThat(bands).hasSize(2);
    }

    @Test
    void aReplacedSkinNoLongerListens(FxRobot robot) {
        WaitForAsyncUtils.asyncFx(() -> scrubber.setSkin(new ScrubberSkin(scrubber)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo(atFraction(0.5)).press(MouseButton.PRIMARY);
        int afterPress = seeks.size();
        robot.release(MouseButton.PRIMARY);
        assertThat(afterPress).isEqualTo(1);
    }

    @Test
    void playheadFollowsTheFrame() {
        WaitForAsyncUtils.asyncFx(() -> scrubber.frameProperty().set(750));
        WaitForAsyncUtils.waitForFxEvents();
        Node head = scrubber.lookup("." + Styles.SCRUBBER_PLAYHEAD);
        double left = scrubber.snappedLeftInset();
        double width = scrubber.getWidth() - left - scrubber.snappedRightInset();
        double expected = left + width * 750.5 / 1000;
        assertThat(head.getBoundsInParent().getCenterX()).isBetween(expected - 1.5, expected + 1.5);
    }
}
