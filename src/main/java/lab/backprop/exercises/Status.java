package lab.backprop.exercises;

/** How one cell was marked. */
public enum Status {
    /** Within tolerance of the true value (or of a recomputation from the student's correct, rounded answers). */
    CORRECT("correct"),
    /** Wrong against the true value, but right when recomputed from the student's own wrong earlier answers. */
    FOLLOW_THROUGH("followThrough"),
    INCORRECT("incorrect"),
    /** Asked, but left blank. */
    MISSING("missing");

    private final String id;

    Status(String id) {
        this.id = id;
    }

    /** The name used in JSON. */
    public String id() {
        return id;
    }
}
