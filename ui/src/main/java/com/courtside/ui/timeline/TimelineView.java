package com.courtside.ui.timeline;

import com.courtside.ui.Styles;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * The zoomable timeline: lanes drawn by {@link TimelinePainter} on a canvas. The mouse wheel zooms around the
 * pointer (from the whole match down to single frames), a drag pans, a click seeks, and a drag on a rally's edge
 * moves that edge (snapping to frames, the frame shown while dragging), reported once on release to
 * {@link #onRallyEdgeMovedProperty()} so the owner makes it one undoable edit. The view follows the playhead a page
 * at a time when it runs out of view.
 */
public final class TimelineView extends Region {

    /** Told where a dragged rally edge was dropped. */
    @FunctionalInterface
    public interface EdgeMoveHandler {
        void moved(int rallyStart, boolean startEdge, int toFrame);
    }

    private static final double PAN_THRESHOLD_PX = 3;
    private static final double ZOOM_PER_WHEEL_PX = 1.01;

    private final Canvas canvas = new Canvas();
    private final TimelinePainter painter = new TimelinePainter();
    private final ObjectProperty<TimelineData> data = new SimpleObjectProperty<>(this, "data", TimelineData.EMPTY);
    private final IntegerProperty frame = new SimpleIntegerProperty(this, "frame", -1);
    private final ReadOnlyObjectWrapper<TimelineViewport> viewport =
            new ReadOnlyObjectWrapper<>(this, "viewport", TimelineViewport.all(0, 1));
    private final ObjectProperty<IntConsumer> onSeek = new SimpleObjectProperty<>(this, "onSeek");
    private final ObjectProperty<EdgeMoveHandler> onRallyEdgeMoved = new SimpleObjectProperty<>(this, "onRallyEdgeMoved");
    private double pressX;
    private TimelineViewport pressView;
    private boolean panning;
    private TimelinePainter.EdgeDrag grabbed;
    private TimelinePainter.EdgeDrag drag;

    public TimelineView() {
        getStyleClass().add(Styles.TIMELINE);
        getChildren().add(canvas);
        setMinHeight(TimelinePainter.HEIGHT);
        setPrefHeight(TimelinePainter.HEIGHT);
        setMaxHeight(TimelinePainter.HEIGHT);
        data.addListener((obs, old, now) -> {
            if (old == null || now.frameCount() != old.frameCount()) {
                viewport.set(TimelineViewport.all(now.frameCount(), Math.max(1, getWidth())));
            }
            repaint();
        });
        frame.addListener((obs, old, now) -> {
            if (grabbed == null && !panning) {
                viewport.set(viewport.get().showing(now.intValue()));
            }
            repaint();
        });
        viewport.addListener(obs -> repaint());
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
    }

    public ObjectProperty<TimelineData> dataProperty() {
        return data;
    }

    /** The playhead. */
    public IntegerProperty frameProperty() {
        return frame;
    }

    public ReadOnlyObjectProperty<TimelineViewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    public void setViewport(TimelineViewport view) {
        viewport.set(view);
    }

    public ObjectProperty<IntConsumer> onSeekProperty() {
        return onSeek;
    }

    public ObjectProperty<EdgeMoveHandler> onRallyEdgeMovedProperty() {
        return onRallyEdgeMoved;
    }

    /** The x, in this node, of a frame's left edge. */
    public double xOf(int frameIndex) {
        return viewport.get().xOf(frameIndex);
    }

    @Override
    protected void layoutChildren() {
        double w = Math.max(1, snapSizeX(getWidth()));
        if (canvas.getWidth() != w || canvas.getHeight() != TimelinePainter.HEIGHT) {
            canvas.setWidth(w);
            canvas.setHeight(TimelinePainter.HEIGHT);
            viewport.set(viewport.get().resized(w));
        }
        canvas.relocate(0, 0);
        repaint();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 400;
    }

    private void repaint() {
        if (canvas.getWidth() <= 1) {
            return;
        }
        painter.paint(new FxSurface(canvas), data.get(), viewport.get(), frame.get(), drag);
    }

    private void scrolled(ScrollEvent e) {
        TimelineViewport view = viewport.get();
        if (e.getDeltaY() != 0) {
            view = view.zoomed(e.getX(), Math.pow(ZOOM_PER_WHEEL_PX, e.getDeltaY()));
        }
        if (e.getDeltaX() != 0) {
            view = view.panned(e.getDeltaX());
        }
        viewport.set(view);
        e.consume();
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || data.get().isEmpty()) {
            return;
        }
        pressX = e.getX();
        pressView = viewport.get();
        panning = false;
        grabbed = TimelinePainter.edgeAt(data.get(), pressView, e.getX(), e.getY());
        drag = null;
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (pressView == null) {
            return;
        }
        if (grabbed != null) {
            int to = clamp(grabbed, TimelinePainter.dragTarget(viewport.get(), grabbed.startEdge(), e.getX()));
            drag = new TimelinePainter.EdgeDrag(grabbed.rallyStart(), grabbed.startEdge(), to);
            repaint();
        } else if (panning || Math.abs(e.getX() - pressX) > PAN_THRESHOLD_PX) {
            panning = true;
            viewport.set(pressView.panned(e.getX() - pressX));
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        if (pressView == null) {
            return;
        }
        TimelinePainter.EdgeDrag done = drag;
        TimelinePainter.EdgeDrag from = grabbed;
        boolean wasPanning = panning;
        pressView = null;
        grabbed = null;
        drag = null;
        panning = false;
        if (from != null && done != null) {
            if (done.toFrame() != from.toFrame() && onRallyEdgeMoved.get() != null) {
                onRallyEdgeMoved.get().moved(from.rallyStart(), from.startEdge(), done.toFrame());
            }
        } else if (!wasPanning && onSeek.get() != null) {
            onSeek.get().accept(viewport.get().frameAt(e.getX()));
        }
        repaint();
        e.consume();
    }

    private void moved(MouseEvent e) {
        boolean onEdge = !data.get().isEmpty()
                && TimelinePainter.edgeAt(data.get(), viewport.get(), e.getX(), e.getY()) != null;
        setCursor(onEdge ? Cursor.H_RESIZE : Cursor.DEFAULT);
    }

    /** Keeps the dragged rally at least one frame long and clear of its neighbours. */
    private int clamp(TimelinePainter.EdgeDrag edge, int to) {
        List<TimelineData.RallyMark> all = data.get().rallies();
        for (int i = 0; i < all.size(); i++) {
            TimelineData.RallyMark r = all.get(i);
            if (r.start() != edge.rallyStart()) {
                continue;
            }
            if (edge.startEdge()) {
                int floor = i > 0 ? all.get(i - 1).end() + 1 : 0;
                return Math.max(floor, Math.min(r.end(), to));
            }
            int ceiling = i + 1 < all.size() ? all.get(i + 1).start() - 1 : data.get().frameCount() - 1;
            return Math.min(ceiling, Math.max(r.start(), to));
        }
        return to;
    }
}
