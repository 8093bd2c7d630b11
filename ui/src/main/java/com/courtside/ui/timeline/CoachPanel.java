package com.courtside.ui.timeline;

import com.courtside.ui.Styles;
import javafx.beans.value.ObservableValue;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;

/**
 * For the coach: how many rallies, how long they last (a histogram of durations) and how their length changes
 * through the match (the mean rally length per stretch of the match).
 */
public final class CoachPanel {

    static final int MAX_BINS = 12;
    static final int SEGMENTS = 6;

    private final VBox root = new VBox(6);
    private final Label summary = new Label();
    private final BarChart<String, Number> histogram = chart("Rally length (s)", "Rallies");
    private final BarChart<String, Number> segments = chart("Stretch of the match", "Mean length (s)");
    private final ObservableValue<TimelineData> data;

    public CoachPanel(ObservableValue<TimelineData> data) {
        this.data = data;
        root.getStyleClass().add(Styles.COACH_PANEL);
        root.setId("coach-panel");
        summary.setId("coach-summary");
        summary.setWrapText(true);
        histogram.setId("coach-histogram");
        segments.setId("coach-segments");
        VBox.setVgrow(histogram, Priority.ALWAYS);
        VBox.setVgrow(segments, Priority.ALWAYS);
        root.getChildren().addAll(summary, histogram, segments);
        data.addListener(obs -> refresh());
        refresh();
    }

    public VBox root() {
        return root;
    }

    private static BarChart<String, Number> chart(String xTitle, String yTitle) {
        CategoryAxis x = new CategoryAxis();
        x.setLabel(xTitle);
        NumberAxis y = new NumberAxis();
        y.setLabel(yTitle);
        y.setMinorTickVisible(false);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setBarGap(1);
        chart.setCategoryGap(3);
        chart.setMinHeight(140);
        chart.setPrefHeight(180);
        return chart;
    }

    private void refresh() {
        TimelineData d = data.getValue();
        List<RallyRow> rows = RallyStats.rows(d);
        summary.setText(describe(rows));
        XYChart.Series<String, Number> bins = new XYChart.Series<>();
        for (RallyStats.Bin b : RallyStats.histogram(rows, MAX_BINS)) {
            bins.getData().add(new XYChart.Data<>(range(b.from(), b.to()), b.count()));
        }
        histogram.getData().setAll(List.of(bins));
        XYChart.Series<String, Number> means = new XYChart.Series<>();
        for (RallyStats.Segment s : RallyStats.segments(rows, d.frameCount(), d.fps(), SEGMENTS)) {
            means.getData().add(new XYChart.Data<>(clock(s.fromSeconds()) + "–" + clock(s.toSeconds()),
                    Double.isNaN(s.meanSeconds()) ? 0 : s.meanSeconds()));
        }
        segments.getData().setAll(List.of(means));
    }

    static String describe(List<RallyRow> rows) {
        if (rows.isEmpty()) {
            return "No rallies yet.";
        }
        double[] seconds = rows.stream().mapToDouble(RallyRow::seconds).sorted().toArray();
        double mean = java.util.Arrays.stream(seconds).average().orElse(0);
        double median = seconds.length % 2 == 1 ? seconds[seconds.length / 2]
                : (seconds[seconds.length / 2 - 1] + seconds[seconds.length / 2]) / 2;
        double inPlay = java.util.Arrays.stream(seconds).sum();
        return String.format(Locale.ROOT, "%d rallies · mean %.1f s · median %.1f s · longest %.1f s · %s in play",
                rows.size(), mean, median, seconds[seconds.length - 1], clock(inPlay));
    }

    private static String range(double from, double to) {
        return String.format(Locale.ROOT, "%s–%s", trim(from), trim(to));
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
