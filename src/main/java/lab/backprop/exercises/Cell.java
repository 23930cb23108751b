package lab.backprop.exercises;

/**
 * One marked answer.
 *
 * @param path      where the answer sits in the request, e.g. {@code layers[1].delta[0]} or {@code loss}
 * @param symbol    the lecture's symbol, e.g. Δ₁ or v₂₁
 * @param given     the student's value, or null for a blank
 * @param expected  the true value
 * @param status    the mark
 * @param diagnosis the recognised mistake of an incorrect cell, or null
 * @param message   one sentence for the student, in the requested language
 */
public record Cell(String path, String symbol, Double given, double expected, Status status, Diagnosis diagnosis,
                   String message) {
}
