package lab.backprop.web.lab;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import lab.backprop.engine.Layer;
import lab.backprop.engine.LossPoint;
import lab.backprop.engine.Network;
import lab.backprop.engine.Sample;
import lab.backprop.engine.TrainingRun;
import lab.backprop.web.Numbers;

/**
 * A finished run as the page shows it without JavaScript: the loss curve as the points of an SVG
 * polyline, the first and last loss, and the query of the weight-update lesson that opens the next
 * step of the trained network on the first sample (its full tables).
 *
 * @param points the polyline in a {@link #WIDTH} × {@link #HEIGHT} box: epoch across, loss up from 0
 */
public record LabResult(int epochs, String firstLoss, String finalLoss, String maxLoss, String points,
                        String nextStepQuery) {
    public static final int WIDTH = 600;
    public static final int HEIGHT = 240;

    static LabResult of(TrainingRun run, Sample first, double eta) {
        List<LossPoint> curve = run.lossCurve();
        double max = curve.stream().mapToDouble(LossPoint::loss).max().orElse(1);
        double top = max > 0 ? max : 1;
        int last = curve.get(curve.size() - 1).epoch();
        StringBuilder points = new StringBuilder();
        for (LossPoint p : curve) {
            double x = last == 1 ? 0 : (p.epoch() - 1) * (double) WIDTH / (last - 1);
            double y = HEIGHT - p.loss() / top * HEIGHT;
            points.append(points.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
        }
        return new LabResult(run.epochs(), Numbers.format(curve.get(0).loss()), Numbers.format(run.finalLoss()),
                Numbers.format(max), points.toString(), nextStepQuery(run.network(), eta, first));
    }

    /** The lesson form's fields (see NetworkForm): layers, g-l, slope, eta, x-i, d-k, w-l-j-i, b-l-j. */
    static String nextStepQuery(Network n, double eta, Sample first) {
        StringBuilder q = new StringBuilder("layers=").append(n.inputSize());
        n.layers().forEach(l -> q.append(',').append(l.size()));
        for (int l = 0; l < n.layers().size(); l++) {
            q.append("&g-").append(l).append('=').append(n.layers().get(l).activation().id());
        }
        q.append("&slope=").append(Numbers.exact(n.slope())).append("&eta=").append(Numbers.exact(eta));
        for (int i = 0; i < first.input().size(); i++) {
            q.append("&x-").append(i).append('=').append(Numbers.exact(first.input().get(i)));
        }
        for (int k = 0; k < first.target().size(); k++) {
            q.append("&d-").append(k).append('=').append(Numbers.exact(first.target().get(k)));
        }
        for (int l = 0; l < n.layers().size(); l++) {
            Layer layer = n.layers().get(l);
            for (int j = 0; j < layer.size(); j++) {
                for (int i = 0; i < layer.inputSize(); i++) {
                    q.append("&w-").append(l).append('-').append(j).append('-').append(i).append('=')
                            .append(enc(layer.weights().get(j, i)));
                }
                q.append("&b-").append(l).append('-').append(j).append('=').append(enc(layer.biases().get(j)));
            }
        }
        return q.toString();
    }

    private static String enc(double v) {
        return URLEncoder.encode(Numbers.exact(v), StandardCharsets.UTF_8);
    }
}
