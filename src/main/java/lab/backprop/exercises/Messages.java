package lab.backprop.exercises;

import lab.backprop.i18n.Lang;
import lab.backprop.notation.Quantity;
/** The one-sentence message of each mark and diagnosis, in Korean and English. */
final class Messages {
    private Messages() {
    }

    static String of(Status status, Diagnosis diagnosis, Quantity quantity, Lang lang) {
        if (diagnosis != null) {
            return diagnosis(diagnosis, quantity, lang);
        }
        boolean ko = lang == Lang.KO;
        return switch (status) {
            case CORRECT -> ko ? "정답입니다." : "Correct.";
            case FOLLOW_THROUGH -> ko
                    ? "참값과는 다르지만, 앞에서 쓴 내 답으로 계산하면 맞습니다(이어진 오류)."
                    : "Not the true value, but right when computed from your own earlier answers (follow-through).";
            case INCORRECT -> ko ? "허용 오차를 벗어났습니다. 식과 계산을 다시 확인해 보세요."
                    : "Outside the tolerance; check the formula and the arithmetic.";
            case MISSING -> ko ? "답을 쓰지 않았습니다." : "Not answered.";
        };
    }

    private static String diagnosis(Diagnosis d, Quantity q, Lang lang) {
        boolean ko = lang == Lang.KO;
        return switch (d) {
            case SIGN -> sign(q, ko);
            case MISSING_DERIVATIVE -> ko
                    ? "활성함수의 미분값 g′을 곱하지 않았습니다: Δ = (d − y)·g′(a), δ = g′(u)·Σ w·Δ 입니다."
                    : "The g′ factor is missing: Δ = (d − y)·g′(a) and δ = g′(u)·Σ w·Δ.";
            case MISSING_SLOPE -> ko
                    ? "시그모이드의 기울기 k를 빠뜨렸습니다: g(a) = 1/(1 + e^(−k·a)), g′(a) = k·y(1 − y) 입니다."
                    : "The sigmoid's slope k is missing: g(a) = 1/(1 + e^(−k·a)) and g′(a) = k·y(1 − y).";
            case UPDATED_WEIGHTS -> ko
                    ? "이미 갱신된 가중치 w(t+1)을 썼습니다: δ는 시각 t의 가중치 w(t)로 계산합니다."
                    : "You used the already-updated weights w(t+1); δ uses the weights at time t.";
            case MISSING_LEARNING_RATE -> ko
                    ? "학습률 η를 곱하지 않았습니다: 변화량은 η·Δ·z (은닉층은 η·δ·x) 입니다."
                    : "The learning rate η is missing: the change is η·Δ·z (η·δ·x for a hidden unit).";
            case MISSING_BIAS -> ko
                    ? "bias를 더하지 않았습니다: bias는 +1 입력에 붙은 추가 가중치입니다."
                    : "The bias is missing: it is an extra weight on a constant +1 input.";
        };
    }

    private static String sign(Quantity q, boolean ko) {
        return switch (q) {
            case GRAD_WEIGHTS, GRAD_BIASES -> ko
                    ? "부호가 반대입니다: Δ = (d − y)·g′(a)로 두면 ∂E/∂w = −Δ·z 입니다."
                    : "The sign is flipped: with Δ = (d − y)·g′(a), ∂E/∂w = −Δ·z.";
            case WEIGHT_UPDATES, BIAS_UPDATES, NEW_WEIGHTS, NEW_BIASES -> ko
                    ? "부호가 반대입니다: 가중치는 기울기의 반대 방향으로, w(t+1) = w(t) + η·Δ·z 로 바뀝니다."
                    : "The sign is flipped: the weight moves against the gradient, w(t+1) = w(t) + η·Δ·z.";
            default -> ko
                    ? "부호가 반대입니다: 강의 (5)의 약속대로 Δ = (d − y)·g′(a) 이며, (3)의 ∂E/∂a와 부호가 반대입니다."
                    : "The sign is flipped: by the lecture's convention in (5), Δ = (d − y)·g′(a), the negative of ∂E/∂a in (3).";
        };
    }
}
