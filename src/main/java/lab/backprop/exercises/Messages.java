package lab.backprop.exercises;

import lab.backprop.i18n.Lang;
import lab.backprop.i18n.Texts;
import lab.backprop.notation.Quantity;

/** The one-sentence message of each mark and diagnosis (keys marker.* of the app's {@link Texts}). */
final class Messages {
    private Messages() {
    }

    static String of(Status status, Diagnosis diagnosis, Quantity quantity, Lang lang) {
        return Texts.get().of(lang, diagnosis != null ? key(diagnosis, quantity) : key(status));
    }

    private static String key(Status status) {
        return switch (status) {
            case CORRECT -> "marker.correct";
            case FOLLOW_THROUGH -> "marker.followThrough";
            case INCORRECT -> "marker.incorrect";
            case MISSING -> "marker.missing";
        };
    }

    private static String key(Diagnosis d, Quantity q) {
        return switch (d) {
            case SIGN -> switch (q) {
                case GRAD_WEIGHTS, GRAD_BIASES -> "marker.sign.gradient";
                case WEIGHT_UPDATES, BIAS_UPDATES, NEW_WEIGHTS, NEW_BIASES -> "marker.sign.update";
                default -> "marker.sign.signal";
            };
            case MISSING_DERIVATIVE -> "marker.missingDerivative";
            case MISSING_SLOPE -> "marker.missingSlope";
            case UPDATED_WEIGHTS -> "marker.updatedWeights";
            case MISSING_LEARNING_RATE -> "marker.missingLearningRate";
            case MISSING_BIAS -> "marker.missingBias";
            case DERIVATIVE_AT_OUTPUT -> "marker.derivativeAtOutput";
            case SWAPPED_INDICES -> "marker.swappedIndices";
        };
    }
}
