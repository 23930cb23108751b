package lab.backprop.engine;

/** One training example: an input x and its target d. */
public record Sample(Vec input, Vec target) {
}
