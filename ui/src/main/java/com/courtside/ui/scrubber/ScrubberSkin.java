package com.courtside.ui.scrubber;

import com.courtside.timeline.Rally;
import com.courtside.ui.Styles;
import javafx.beans.InvalidationListener;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.control.SkinBase;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link Scrubber} from styled nodes: ruler ticks and labels on top, the track with one band per rally
 * (bands closer than a pixel merge, so a long match costs at most one node per pixel column), the played part,
 * and the playhead. Mouse presses and drags seek. Every listener it adds is removed in {@link #dispose()}.
 */
public final class ScrubberSkin extends SkinBase<Scrubber> {

    private static final double RULER_HEIGHT = 16;
    private static final double KNOB_WIDTH = 11;

    private final Path ticks = new Path();
    private final Pane labels = new Pane();
    private final Region track = new Region();
    private final Pane bands = new Pane();
    private final Region played = new Region();
    private final Region playhead = new Region();
    private final Region knob = new Region();
    private final Region view = new Region();
    private final InvalidationListener rebuild = obs -> rebuild();
    private final InvalidationListener moveHead = obs -> getSkinnable().requestLayout();
    private final EventHandler<MouseEvent> onPress = this::pressed;
    private final EventHandler<MouseEvent> onDrag = this::dragged;
    private final EventHandler<MouseEvent> onRelease = this::released;
    private boolean dirty = true;
    private double builtWidth = -1;

    public ScrubberSkin(Scrubber scrubber) {
        super(scrubber);
        ticks.getStyleClass().add(Styles.SCRUBBER_TICKS);
        labels.getStyleClass().add(Styles.SCRUBBER_RULER);
        track.getStyleClass().add(Styles.SCRUBBER_TRACK);
        played.getStyleClass().add(Styles.SCRUBBER_PLAYED);
        playhead.getStyleClass().add(Styles.SCRUBBER_PLAYHEAD);
        knob.getStyleClass().add(Styles.SCRUBBER_KNOB);
        view.getStyleClass().add(Styles.SCRUBBER_VIEW);
        for (Node n : List.of(ticks, labels, bands, played, view, playhead, knob)) {
            n.setManaged(false);
            n.setMouseTransparent(true);
        }
        track.setManaged(false);
        getChildren().addAll(track, bands, played, view, ticks, labels, playhead, knob);
        scrubber.frameCountProperty().addListener(rebuild);
        scrubber.framesPerSecondProperty().addListener(rebuild);
        scrubber.ralliesProperty().addListener(rebuild);
        scrubber.frameProperty().addListener(moveHead);
        scrubber.viewStartProperty().addListener(moveHead);
        scrubber.viewEndProperty().addListener(moveHead);
        scrubber.addEventHandler(MouseEvent.MOUSE_PRESSED, onPress);
        scrubber.addEventHandler(MouseEvent.MOUSE_DRAGGED, onDrag);
        scrubber.addEventHandler(MouseEvent.MOUSE_RELEASED, onRelease);
    }

    @Override
    public void dispose() {
        Scrubber scrubber = getSkinnable();
        if (scrubber == null) {
            return;
        }
        scrubber.frameCountProperty().removeListener(rebuild);
        scrubber.framesPerSecondProperty().removeListener(rebuild);
        scrubber.ralliesProperty().removeListener(rebuild);
        scrubber.frameProperty().removeListener(moveHead);
        scrubber.viewStartProperty().removeListener(moveHead);
        scrubber.viewEndProperty().removeListener(moveHead);
        scrubber.removeEventHandler(MouseEvent.MOUSE_PRESSED, onPress);
        scrubber.removeEventHandler(MouseEvent.MOUSE_DRAGGED, onDrag);
        scrubber.removeEventHandler(MouseEvent.MOUSE_RELEASED, onRelease);
        super.dispose();
    }

    private void rebuild() {
        dirty = true;
        getSkinnable().requestLayout();
    }

    private ScrubberMapping mapping() {
        Scrubber s = getSkinnable();
        double left = s.snappedLeftInset();
        double width = Math.max(0, s.getWidth() - left - s.snappedRightInset());
        return new ScrubberMapping(left, width, s.getFrameCountValue());
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        ScrubberMapping map = new ScrubberMapping(x, w, getSkinnable().getFrameCountValue());
        double trackY = y + RULER_HEIGHT;
        double trackH = Math.max(4, h - RULER_HEIGHT);
        track.resizeRelocate(x, trackY, w, trackH);
        if (dirty || w != builtWidth) {
            buildRuler(map, y);
            buildBands(map, trackY, trackH);
            dirty = false;
            builtWidth = w;
        }
        int frame = getSkinnable().frameProperty().get();
        boolean hasVideo = map.frameCount() > 0;
        double headX = snapPositionX(map.centreOf(frame));
        played.setVisible(hasVideo);
        playhead.setVisible(hasVideo);
        knob.setVisible(hasVideo);
        played.resizeRelocate(x, trackY, Math.max(0, headX - x), trackH);
        int viewStart = getSkinnable().viewStartProperty().get();
        int viewEnd = getSkinnable().viewEndProperty().get();
        view.setVisible(hasVideo && viewStart >= 0 && viewEnd >= viewStart);
        if (view.isVisible()) {
            double vx = Math.floor(map.xOf(viewStart));
            double vw = Math.max(3, Math.ceil(map.xOf(viewEnd + 1)) - vx);
            view.resizeRelocate(vx, trackY, vw, trackH);
        }
        playhead.resizeRelocate(headX - 1, y + 4, 2, h - 4);
        knob.resizeRelocate(headX - KNOB_WIDTH / 2, y, KNOB_WIDTH, 9);
    }

    private void buildRuler(ScrubberMapping map, double y) {
        ticks.getElements().clear();
        labels.getChildren().clear();
        double fps = getSkinnable().framesPerSecondProperty().get();
        if (map.frameCount() <= 0 || fps <= 0 || map.width() <= 0) {
            return;
        }
        double seconds = map.frameCount() / fps;
        double major = RulerScale.majorStep(map.width(), seconds);
        double minor = major / 5;
        double pxPerSecond = map.width() / seconds;
        boolean withMinor = minor * pxPerSecond >= 6;
        int minorCount = (int) Math.floor(seconds / minor);
        for (int i = 0; i <= minorCount; i++) {
            boolean isMajor = i % 5 == 0;
            if (!isMajor && !withMinor) {
                continue;
            }
            double t = i * minor;
            double tx = snapPositionX(map.left() + t * pxPerSecond) + 0.5;
            double top = isMajor ? y + 3 : y + RULER_HEIGHT - 5;
            ticks.getElements().addAll(new MoveTo(tx, top), new LineTo(tx, y + RULER_HEIGHT));
            if (isMajor && tx + 30 < map.left() + map.width()) {
                Text label = new Text(RulerScale.label(t));
                label.getStyleClass().add(Styles.SCRUBBER_TICK_LABEL);
                label.setX(tx + 4);
                label.setY(y + 10);
                labels.getChildren().add(label);
            }
        }
    }

    private void buildBands(ScrubberMapping map, double trackY, double trackH) {
        List<Node> nodes = new ArrayList<>();
        double openStart = Double.NaN;
        double openEnd = Double.NaN;
        for (Rally r : getSkinnable().ralliesProperty().get()) {
            double start = Math.floor(map.xOf(r.startFrame()));
            double end = Math.max(start + 1, Math.ceil(map.xOf(r.endFrame() + 1)));
            if (!Double.isNaN(openEnd) && start <= openEnd + 1) {
                openEnd = Math.max(openEnd, end);
                continue;
            }
            if (!Double.isNaN(openStart)) {
                nodes.add(band(openStart, openEnd, trackY, trackH));
            }
            openStart = start;
            openEnd = end;
        }
        if (!Double.isNaN(openStart)) {
            nodes.add(band(openStart, openEnd, trackY, trackH));
        }
        bands.getChildren().setAll(nodes);
    }

    private Region band(double start, double end, double trackY, double trackH) {
        Region band = new Region();
        band.getStyleClass().add(Styles.SCRUBBER_RALLY);
        band.setManaged(false);
        band.resizeRelocate(start, trackY + 2, end - start, trackH - 4);
        return band;
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        getSkinnable().setScrubbing(true);
        getSkinnable().seek(mapping().frameAt(e.getX()));
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (getSkinnable().scrubbingProperty().get()) {
            getSkinnable().seek(mapping().frameAt(e.getX()));
            e.consume();
        }
    }

    private void released(MouseEvent e) {
        if (getSkinnable().scrubbingProperty().get()) {
            getSkinnable().seek(mapping().frameAt(e.getX()));
            getSkinnable().setScrubbing(false);
            e.consume();
        }
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + RULER_HEIGHT + 22 + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + 400 + right;
    }
}
