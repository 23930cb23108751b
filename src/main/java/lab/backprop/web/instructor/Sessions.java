package lab.backprop.web.instructor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import lab.backprop.web.Csrf;

/**
 * Signed-in instructors, kept on the server: a random session id (the cookie holds nothing else)
 * with its own CSRF token, ended by signing out or by {@link #IDLE} without a request.
 */
final class Sessions {
    /** A session unused this long is over. */
    static final Duration IDLE = Duration.ofHours(2);
    /** More sessions than this at once and the oldest-used go first (a password guesser cannot fill memory). */
    static final int MAX = 64;

    /** One signed-in browser: its CSRF token and when it was last used. */
    record Session(String id, String csrf, Instant lastUsed) {
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration idle;

    Sessions(Clock clock, Duration idle) {
        this.clock = clock;
        this.idle = idle;
    }

    Session open() {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> expired(s, now));
        while (sessions.size() >= MAX) {
            sessions.values().stream().min(java.util.Comparator.comparing(Session::lastUsed))
                    .ifPresent(s -> sessions.remove(s.id()));
        }
        Session s = new Session(Csrf.fresh(), Csrf.fresh(), now);
        sessions.put(s.id(), s);
        return s;
    }

    /** The live session with this id (and it counts as used now), or empty. */
    Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session s = sessions.get(id);
        Instant now = clock.instant();
        if (s == null || expired(s, now)) {
            if (s != null) {
                sessions.remove(id);
            }
            return Optional.empty();
        }
        Session used = new Session(s.id(), s.csrf(), now);
        sessions.put(id, used);
        return Optional.of(used);
    }

    void close(String id) {
        sessions.remove(id);
    }

    private boolean expired(Session s, Instant now) {
        return !s.lastUsed().plus(idle).isAfter(now);
    }
}
