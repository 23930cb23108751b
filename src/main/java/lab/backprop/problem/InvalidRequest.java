package lab.backprop.problem;

/**
 * A request the API cannot serve, with the HTTP status to answer and a sentence naming what is wrong
 * (for example "weights[1][0] has 3 entries, expected 2"). {@link ErrorMapper} turns it into JSON.
 */
public final class InvalidRequest extends RuntimeException {
    private final int status;

    public InvalidRequest(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** A 400 Bad Request. */
    public static InvalidRequest badRequest(String message) {
        return new InvalidRequest(400, message);
    }

    public int status() {
        return status;
    }
}
