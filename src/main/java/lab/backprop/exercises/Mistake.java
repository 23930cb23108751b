package lab.backprop.exercises;

/** What a cell would hold after a classic mistake: the diagnosis and the value it produces. */
record Mistake(Diagnosis diagnosis, double value) {
}
