package lab.backprop.web;

import java.util.List;

/**
 * The plane geometry of the network diagram: text boxes estimated from a font size, whether a box
 * touches a line or another box, and the search that puts each weight label on its own line, at a
 * point along it where the box crosses no other line, covers no unit and no other label.
 */
final class DiagramGeometry {
    /** Space kept clear around a label: its halo and a hair more. */
    static final double PAD = 3;

    private DiagramGeometry() {
    }

    /** An axis-aligned box by its centre, width and height. */
    record Box(double cx, double cy, double width, double height) {
        double left() {
            return cx - width / 2;
        }

        double right() {
            return cx + width / 2;
        }

        double top() {
            return cy - height / 2;
        }

        double bottom() {
            return cy + height / 2;
        }

        boolean overlaps(Box o) {
            return left() < o.right() && o.left() < right() && top() < o.bottom() && o.top() < bottom();
        }

        boolean inside(double width, double height) {
            return left() >= 0 && top() >= 0 && right() <= width && bottom() <= height;
        }
    }

    /** A straight line from (x1, y1) to (x2, y2). */
    record Segment(double x1, double y1, double x2, double y2) {
        double xAt(double t) {
            return x1 + (x2 - x1) * t;
        }

        double yAt(double t) {
            return y1 + (y2 - y1) * t;
        }

        /** Whether any part of the segment lies inside the box (Liang–Barsky clipping). */
        boolean crosses(Box b) {
            double dx = x2 - x1;
            double dy = y2 - y1;
            double from = 0;
            double to = 1;
            for (int n = 0; n < 4; n++) {
                // the edges left, right, top, bottom; no arrays: this runs for every label place tried
                double p = n == 0 ? -dx : n == 1 ? dx : n == 2 ? -dy : dy;
                double q = n == 0 ? x1 - b.left() : n == 1 ? b.right() - x1 : n == 2 ? y1 - b.top() : b.bottom() - y1;
                if (p == 0) {
                    if (q < 0) {
                        return false;
                    }
                } else {
                    double r = q / p;
                    if (p < 0) {
                        from = Math.max(from, r);
                    } else {
                        to = Math.min(to, r);
                    }
                }
            }
            return from < to;
        }
    }

    /**
     * The width of {@code text} in a sans-serif font of {@code size} pixels, estimated generously
     * (digits and Latin letters 0.6 em, subscript digits 0.5 em, punctuation and spaces 0.32 em).
     */
    static double textWidth(String text, double size) {
        double em = 0;
        for (int n = 0; n < text.length(); n++) {
            char c = text.charAt(n);
            if (c == '.' || c == ',' || c == ' ' || c == '(' || c == ')' || c == '′') {
                em += 0.32;
            } else if (c >= '₀' && c <= '₉') {
                em += 0.5;
            } else if (c == 'Δ' || c == 'δ' || c == '=' || c == '+' || c == '−' || c == 'w') {
                em += 0.68;
            } else {
                em += 0.6;
            }
        }
        return em * size;
    }

    /** The box of a line of text centred at (cx, cy), with room for its halo. */
    static Box textBox(String text, double size, double cx, double cy) {
        return new Box(cx, cy, textWidth(text, size) + 2 * PAD, size * 1.2 + 2 * PAD);
    }

    /** Above this many labels between two columns the search is skipped for the greedy placement. */
    private static final int MAX_SEARCHED = 40;

    /** Where along its line a label may go, the middle first, then outwards. */
    static final double[] FRACTIONS = {0.5, 0.46, 0.54, 0.42, 0.58, 0.38, 0.62, 0.34, 0.66, 0.3, 0.7, 0.26, 0.74, 0.22,
        0.78, 0.2, 0.8};

    /**
     * Places one label of the given width and height on each line, or none (null) where no point of
     * the line is free: a depth-first search over {@link #FRACTIONS}, giving up after a fixed number of
     * steps (or at once for many labels) and then placing greedily, each label where it first fits.
     *
     * @param lines     every line of the picture, the labelled ones first
     * @param widths    the label width for each labelled line ({@code widths.length} ≤ lines)
     * @param obstacles units and their texts, which no label may cover
     */
    static List<Box> place(List<Segment> lines, double[] widths, double height, List<Box> obstacles,
                           double pictureWidth, double pictureHeight) {
        Box[] chosen = new Box[widths.length];
        int[] budget = {widths.length > MAX_SEARCHED ? 0 : 3_000};
        Search search = new Search(lines, widths, height, obstacles, pictureWidth, pictureHeight, chosen);
        if (!search.all(0, budget)) {
            java.util.Arrays.fill(chosen, null);
            for (int e = 0; e < widths.length; e++) {
                chosen[e] = search.first(e);
            }
        }
        return java.util.Arrays.asList(chosen);
    }

    private record Search(List<Segment> lines, double[] widths, double height, List<Box> obstacles,
                          double pictureWidth, double pictureHeight, Box[] chosen) {
        boolean all(int e, int[] budget) {
            if (e == widths.length) {
                return true;
            }
            if (--budget[0] < 0) {
                return false;
            }
            // Each place is tested only when the search gets to it: most labels fit at their first one,
            // and testing all of a line's places up front cost most of a step's diagram.
            for (double t : FRACTIONS) {
                Box box = at(e, t);
                if (isFree(box, e)) {
                    chosen[e] = box;
                    if (all(e + 1, budget)) {
                        return true;
                    }
                    chosen[e] = null;
                }
            }
            return false;
        }

        /** The first free place on line e, given the labels already chosen, or null. */
        Box first(int e) {
            for (double t : FRACTIONS) {
                Box box = at(e, t);
                if (isFree(box, e)) {
                    return box;
                }
            }
            return null;
        }

        /** Line e's label at fraction t along its line. */
        private Box at(int e, double t) {
            Segment own = lines.get(e);
            return new Box(own.xAt(t), own.yAt(t), widths[e], height);
        }

        private boolean isFree(Box box, int e) {
            if (!box.inside(pictureWidth, pictureHeight)) {
                return false;
            }
            for (int n = 0; n < lines.size(); n++) {
                if (n != e && lines.get(n).crosses(box)) {
                    return false;
                }
            }
            for (Box o : obstacles) {
                if (o.overlaps(box)) {
                    return false;
                }
            }
            for (Box o : chosen) {
                if (o != null && o.overlaps(box)) {
                    return false;
                }
            }
            return true;
        }
    }
}
