package com.courtside.inference.people;

import com.courtside.inference.video.FrameImage;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * People from a mostly fixed camera without a model: the background is the per-pixel median of frames sampled
 * across the clip (a person who moves is background in most of them, so the median keeps only the court), on a
 * colour grid a few pixels per cell. A frame's foreground is every cell that differs from it by more than a
 * threshold in any channel; an opening removes speckle, a closing joins a body split by a kit that matches the
 * floor; each connected part of person-like shape (taller than wide, a plausible share of the frame height) becomes
 * a box in source pixels, its confidence the share of its box the foreground fills.
 *
 * <p>Two people who touch become one blob, too wide to pass the shape test, and are missed; a person who stands
 * still through most of the sampled frames becomes background.
 */
public final class ClassicalPersonDetector {

    /**
     * @param gridWidth     width of the working grid in cells (the frame is block-averaged down to it)
     * @param difference    smallest per-channel difference from the background, 0..255, that counts as foreground
     * @param minHeight     shortest person, as a share of the frame height
     * @param maxHeight     tallest person, as a share of the frame height
     * @param minAspect     least height / width of a person's box
     * @param maxAspect     greatest height / width
     * @param minFill       least share of the box the foreground must fill
     */
    public record Settings(int gridWidth, int difference, double minHeight, double maxHeight, double minAspect,
                           double maxAspect, double minFill) {

        public static final Settings DEFAULT = new Settings(160, 30, 0.06, 0.6, 1.2, 5.0, 0.3);

        public Settings {
            if (gridWidth < 16 || difference < 1 || !(minHeight > 0) || !(maxHeight > minHeight)
                    || !(minAspect > 0) || !(maxAspect > minAspect) || minFill < 0 || minFill > 1) {
                throw new IllegalArgumentException("inconsistent person detector settings: " + this);
            }
        }
    }

    private final Settings settings;
    private final int frameWidth;
    private final int frameHeight;
    private final int cell;
    private final int gw;
    private final int gh;
    private final byte[] background;
    private final byte[] work;

    private ClassicalPersonDetector(Settings settings, int frameWidth, int frameHeight, byte[] background) {
        this.settings = settings;
        this.frameWidth = frameWidth;
        this.frameHeight = frameHeight;
        this.cell = cellFor(frameWidth, settings);
        this.gw = frameWidth / cell;
        this.gh = frameHeight / cell;
        this.background = background;
        this.work = new byte[3 * gw * gh];
    }

    /**
     * A detector whose background is the median of {@code samples}, all frames of one size from across the clip
     * (15 to 25 spread evenly are enough; fewer let a slow player into the background).
     */
    public static ClassicalPersonDetector fromSamples(List<FrameImage> samples, Settings settings) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("the background needs at least one sampled frame");
        }
        int width = samples.get(0).width();
        int height = samples.get(0).height();
        int cell = cellFor(width, settings);
        int cells = 3 * (width / cell) * (height / cell);
        byte[][] grids = new byte[samples.size()][cells];
        for (int s = 0; s < samples.size(); s++) {
            FrameImage frame = samples.get(s);
            if (frame.width() != width || frame.height() != height) {
                throw new IllegalArgumentException("sampled frames differ in size: " + width + "x" + height
                        + " and " + frame.width() + "x" + frame.height());
            }
            downscale(frame, cell, grids[s]);
        }
        byte[] median = new byte[cells];
        int[] values = new int[samples.size()];
        for (int i = 0; i < cells; i++) {
            for (int s = 0; s < values.length; s++) {
                values[s] = grids[s][i] & 0xff;
            }
            Arrays.sort(values);
            median[i] = (byte) values[values.length / 2];
        }
        return new ClassicalPersonDetector(settings, width, height, median);
    }

    private static int cellFor(int frameWidth, Settings settings) {
        return Math.max(1, Math.round(frameWidth / (float) settings.gridWidth()));
    }

    /** The person boxes of {@code frame} (the size the samples had) in the pixels of a source of the given size. */
    public List<PersonBox> detect(FrameImage frame, int sourceWidth, int sourceHeight) {
        if (frame.width() != frameWidth || frame.height() != frameHeight) {
            throw new IllegalArgumentException("frame is " + frame.width() + "x" + frame.height()
                    + ", the background was built at " + frameWidth + "x" + frameHeight);
        }
        downscale(frame, cell, work);
        boolean[] mask = new boolean[gw * gh];
        for (int i = 0; i < mask.length; i++) {
            int o = 3 * i;
            int d = Math.max(Math.abs((work[o] & 0xff) - (background[o] & 0xff)),
                    Math.max(Math.abs((work[o + 1] & 0xff) - (background[o + 1] & 0xff)),
                            Math.abs((work[o + 2] & 0xff) - (background[o + 2] & 0xff))));
            mask[i] = d > settings.difference();
        }
        mask = Morphology.open(mask, gw, gh, 1);
        mask = Morphology.close(mask, gw, gh, 2);
        double sx = cell * (sourceWidth / (double) frameWidth);
        double sy = cell * (sourceHeight / (double) frameHeight);
        List<PersonBox> people = new ArrayList<>();
        for (Morphology.Component c : Morphology.components(mask, gw, gh)) {
            int w = c.width();
            int h = c.height();
            double aspect = h / (double) w;
            double share = h / (double) gh;
            double fill = c.pixels() / (double) (w * h);
            if (share >= settings.minHeight() && share <= settings.maxHeight() && aspect >= settings.minAspect()
                    && aspect <= settings.maxAspect() && fill >= settings.minFill()) {
                people.add(new PersonBox((float) (c.left() * sx), (float) (c.top() * sy), (float) (w * sx),
                        (float) (h * sy), (float) fill));
            }
        }
        people.sort((a, b) -> Float.compare(b.confidence(), a.confidence()));
        return people;
    }

    /** The mean B, G, R of each cell × cell block, three bytes per cell, row by row. */
    private static void downscale(FrameImage frame, int cell, byte[] grid) {
        ByteBuffer px = frame.pixels();
        int gw = frame.width() / cell;
        int gh = frame.height() / cell;
        int area = cell * cell;
        int[] sums = new int[3 * gw];
        for (int gy = 0; gy < gh; gy++) {
            Arrays.fill(sums, 0);
            for (int y = gy * cell; y < (gy + 1) * cell; y++) {
                int row = y * frame.width() * 4;
                for (int x = 0; x < gw * cell; x++) {
                    int o = row + 4 * x;
                    int s = 3 * (x / cell);
                    sums[s] += px.get(o) & 0xff;
                    sums[s + 1] += px.get(o + 1) & 0xff;
                    sums[s + 2] += px.get(o + 2) & 0xff;
                }
            }
            for (int i = 0; i < sums.length; i++) {
                grid[3 * gy * gw + i] = (byte) (sums[i] / area);
            }
        }
    }
}
