package lab.backprop.records;

import java.time.Instant;

/** What a student is shown once the attempt is stored: "attempt 2, handed in 10:42". */
public record Receipt(long attemptId, int attemptNo, Instant handedInAt) {
}
