package lab.backprop.web.lab;

import java.util.ArrayList;
import java.util.List;
import lab.backprop.engine.SplitMix64;
import lab.backprop.problem.Fields;
import lab.backprop.problem.InvalidInput;
import lab.backprop.problem.Limits;

/**
 * The lab's data sets, each a list of rows (inputs then targets): the truth tables of AND, OR and XOR;
 * two 2-D two-class sets drawn from SplitMix64 with fixed seeds, the same on every machine; and a
 * student's own table pasted as CSV, validated with errors that name the row and the column.
 */
public final class DataSets {
    /** The names a {@code data} field may take. */
    public static final List<String> NAMES = List.of("xor", "and", "or", "blobs", "circles", "csv");
    /** Points of each class in the blobs and circles sets. */
    static final int PER_CLASS = 50;
    static final long BLOBS_SEED = 2024;
    static final long CIRCLES_SEED = 2025;

    private DataSets() {
    }

    /** The rows of a built-in set (two inputs, one target), or null for "csv". */
    static List<double[]> builtIn(String name) {
        return switch (name) {
            case "xor" -> table(0, 1, 1, 0);
            case "and" -> table(0, 0, 0, 1);
            case "or" -> table(0, 1, 1, 1);
            case "blobs" -> blobs();
            case "circles" -> circles();
            default -> null;
        };
    }

    private static List<double[]> table(double d00, double d01, double d10, double d11) {
        return List.of(new double[] {0, 0, d00}, new double[] {0, 1, d01}, new double[] {1, 0, d10},
                new double[] {1, 1, d11});
    }

    /**
     * Two Gaussian blobs, σ = 0.5, around (−1, −1) with d = 0 and (1, 1) with d = 1 (Box–Muller from
     * SplitMix64 seed 2024), the classes alternating, rounded to 3 decimals.
     */
    static List<double[]> blobs() {
        SplitMix64 r = new SplitMix64(BLOBS_SEED);
        List<double[]> rows = new ArrayList<>();
        for (int p = 0; p < 2 * PER_CLASS; p++) {
            double centre = p % 2 == 0 ? -1 : 1;
            double radius = Math.sqrt(-2 * Math.log(1 - r.nextDouble()));
            double angle = 2 * Math.PI * r.nextDouble();
            rows.add(new double[] {round(centre + 0.5 * radius * Math.cos(angle)),
                    round(centre + 0.5 * radius * Math.sin(angle)), p % 2});
        }
        return rows;
    }

    /**
     * Two circles around the origin: radius below 0.5 with d = 1, radius from 0.8 to 1.2 with d = 0
     * (radius and angle uniform from SplitMix64 seed 2025), the classes alternating, rounded to 3 decimals.
     */
    static List<double[]> circles() {
        SplitMix64 r = new SplitMix64(CIRCLES_SEED);
        List<double[]> rows = new ArrayList<>();
        for (int p = 0; p < 2 * PER_CLASS; p++) {
            boolean inner = p % 2 == 0;
            double radius = inner ? 0.5 * r.nextDouble() : 0.8 + 0.4 * r.nextDouble();
            double angle = 2 * Math.PI * r.nextDouble();
            rows.add(new double[] {round(radius * Math.cos(angle)), round(radius * Math.sin(angle)), inner ? 1 : 0});
        }
        return rows;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /**
     * A pasted table: one sample a line, {@code inputs} numbers then {@code targets} numbers, separated
     * by commas, semicolons, tabs or spaces; blank lines and lines starting with # are skipped, and so is
     * a first line that is not all numbers (a header). Rows and columns count from 1 in errors.
     */
    static List<double[]> csv(String text, int inputs, int targets) {
        List<double[]> rows = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\r?\\n|\\r");
        int width = inputs + targets;
        boolean first = true;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\\s*[,;\\t ]\\s*");
            if (first && !allNumbers(cells)) {
                first = false;
                continue;
            }
            first = false;
            String row = "csv row " + (n + 1);
            if (cells.length != width) {
                throw new InvalidInput("csv", row + " has " + cells.length + " columns, expected " + width
                        + " (" + inputs + " inputs x, then " + targets + " targets d)");
            }
            double[] values = new double[width];
            for (int c = 0; c < width; c++) {
                values[c] = number(cells[c], row + ", column " + (c + 1));
            }
            rows.add(values);
            if (rows.size() > Limits.MAX_SAMPLES) {
                throw new InvalidInput("csv", "csv has more than " + Limits.MAX_SAMPLES + " rows");
            }
        }
        if (rows.isEmpty()) {
            throw new InvalidInput("csv", "csv has no rows of numbers; paste one sample a line, e.g. 0,1,1");
        }
        return rows;
    }

    private static boolean allNumbers(String[] cells) {
        for (String cell : cells) {
            if (parse(cell) == null) {
                return false;
            }
        }
        return true;
    }

    private static double number(String cell, String where) {
        Double v = parse(cell);
        if (v == null || Math.abs(v) > Limits.MAX_MAGNITUDE) {
            String shown = cell.length() <= 20 ? cell : cell.substring(0, 20) + "…";
            throw new InvalidInput("csv", where + ": '" + shown + "' is not a number between "
                    + Fields.format(-Limits.MAX_MAGNITUDE) + " and " + Fields.format(Limits.MAX_MAGNITUDE));
        }
        return v;
    }

    private static Double parse(String cell) {
        if (!cell.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return null;
        }
        double v = Double.parseDouble(cell);
        return Double.isFinite(v) ? v : null;
    }
}
