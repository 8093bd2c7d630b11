package com.courtside.inference.people;

import java.util.ArrayList;
import java.util.List;

/** Binary morphology with square structuring elements, and 4-connected components, on row-major masks. */
final class Morphology {

    /** One connected part: its bounding box in cells and how many cells it has. */
    record Component(int left, int top, int width, int height, int pixels) {
    }

    private Morphology() {
    }

    static boolean[] open(boolean[] mask, int w, int h, int radius) {
        return dilate(erode(mask, w, h, radius), w, h, radius);
    }

    static boolean[] close(boolean[] mask, int w, int h, int radius) {
        return erode(dilate(mask, w, h, radius), w, h, radius);
    }

    static boolean[] dilate(boolean[] mask, int w, int h, int radius) {
        return filter(mask, w, h, radius, true);
    }

    /** Cells outside the image count as set, so a person cut by the frame edge is not eaten from that side. */
    static boolean[] erode(boolean[] mask, int w, int h, int radius) {
        return filter(mask, w, h, radius, false);
    }

    /** Separable: along rows, then along columns; {@code any} dilates, otherwise every cell must be set. */
    private static boolean[] filter(boolean[] mask, int w, int h, int radius, boolean any) {
        boolean[] rows = new boolean[mask.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean v = !any;
                for (int k = Math.max(0, x - radius); k <= Math.min(w - 1, x + radius); k++) {
                    v = any ? v || mask[y * w + k] : v && mask[y * w + k];
                }
                rows[y * w + x] = v;
            }
        }
        boolean[] out = new boolean[mask.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean v = !any;
                for (int k = Math.max(0, y - radius); k <= Math.min(h - 1, y + radius); k++) {
                    v = any ? v || rows[k * w + x] : v && rows[k * w + x];
                }
                out[y * w + x] = v;
            }
        }
        return out;
    }

    static List<Component> components(boolean[] mask, int w, int h) {
        boolean[] seen = new boolean[mask.length];
        int[] stack = new int[mask.length];
        List<Component> found = new ArrayList<>();
        for (int start = 0; start < mask.length; start++) {
            if (!mask[start] || seen[start]) {
                continue;
            }
            int top = 0;
            stack[top++] = start;
            seen[start] = true;
            int x0 = w;
            int y0 = h;
            int x1 = -1;
            int y1 = -1;
            int count = 0;
            while (top > 0) {
                int i = stack[--top];
                int x = i % w;
                int y = i / w;
                count++;
                x0 = Math.min(x0, x);
                x1 = Math.max(x1, x);
                y0 = Math.min(y0, y);
                y1 = Math.max(y1, y);
                if (x > 0 && mask[i - 1] && !seen[i - 1]) {
                    seen[i - 1] = true;
                    stack[top++] = i - 1;
                }
                if (x < w - 1 && mask[i + 1] && !seen[i + 1]) {
                    seen[i + 1] = true;
                    stack[top++] = i + 1;
                }
                if (y > 0 && mask[i - w] && !seen[i - w]) {
                    seen[i - w] = true;
                    stack[top++] = i - w;
                }
                if (y < h - 1 && mask[i + w] && !seen[i + w]) {
                    seen[i + w] = true;
                    stack[top++] = i + w;
                }
            }
            found.add(new Component(x0, y0, x1 - x0 + 1, y1 - y0 + 1, count));
        }
        return found;
    }
}
