package com.courtside.app.bench;

import java.nio.file.Path;

/**
 * One line of the benchmark table: Courtside's figure, its peer's figure measured in the same run on the same file
 * (when the row has a peer), the ratio of the two as speeds, the target and the verdict.
 *
 * @param peerLabel  what the peer is, e.g. "ffmpeg → bgra"; null when the row has no peer
 * @param peerValue  the peer's figure in the row's unit; null when the row has no peer or it was unavailable
 * @param ratio      Courtside's speed ÷ the peer's speed (≥ 1 means Courtside is faster); null without a peer
 * @param video      the user's video the row measured ({@code bench VIDEO…}); null for the rendered clips
 */
public record BenchRow(String measurement, double value, String unit, String peerLabel, Double peerValue,
                       Double ratio, Target target, Verdict verdict, Path video) {

    /** A row measured by Courtside alone. */
    public static BenchRow own(String measurement, double value, String unit, Target target) {
        return new BenchRow(measurement, value, unit, null, null, null, target, target.judge(value, null), null);
    }

    /**
     * This row beside its peer. {@code higherIsBetter} says whether the unit is a speed (frames per second) or a
     * time (milliseconds); the ratio is always expressed as a speed ratio. A null {@code peer} marks it unavailable.
     */
    public BenchRow withPeer(String label, Double peer, boolean higherIsBetter) {
        Double r = null;
        if (peer != null && peer > 0 && value > 0) {
            r = higherIsBetter ? value / peer : peer / value;
        }
        return new BenchRow(measurement, value, unit, label, peer, r, target, target.judge(value, r), video);
    }

    /** This row as a measurement of {@code file}, so the JSON says which video it belongs to. */
    public BenchRow onVideo(Path file) {
        return new BenchRow(measurement, value, unit, peerLabel, peerValue, ratio, target, verdict, file);
    }

    public String valueText() {
        return Units.format(value, unit);
    }

    public String peerText() {
        if (peerLabel == null) {
            return "—";
        }
        if (peerValue == null) {
            return "unavailable";
        }
        return Units.format(peerValue, unit) + " (" + peerLabel + ")";
    }

    public String ratioText() {
        return ratio == null ? "—" : Units.ratio(ratio);
    }
}
