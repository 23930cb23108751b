package lab.backprop.problem;

/**
 * Input that cannot be used: where it is, as a path into the request ({@code weights[1][0][1]},
 * {@code learningRate}, {@code answers.layers[0].delta[1]}; "" for the input as a whole), and a sentence
 * that names it ("weights[1][0] has 3 entries, expected 2"). It knows nothing of HTTP: the API answers it
 * with a 400 in its one error mapper, and the pages show the sentence beside the field of the path.
 */
public final class InvalidInput extends IllegalArgumentException {
    private final String path;

    public InvalidInput(String path, String message) {
        super(message);
        this.path = path;
    }

    /** The error at {@code path} whose sentence is the path followed by {@code predicate} (" is missing"). */
    public static InvalidInput at(String path, String predicate) {
        return new InvalidInput(path, path + predicate);
    }

    /** Where the bad value is; "" for the input as a whole. */
    public String path() {
        return path;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // a validation error is expected input, not a bug: no stack trace to collect
    }
}
