package lab.backprop.web.instructor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Sessions end after their idle time; use keeps them alive; the throttle forgets after its window. */
class SessionsTest {
    /** A clock the test moves. */
    static final class Hands extends Clock {
        Instant now = Instant.parse("2025-03-04T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aSessionExpiresAfterItsIdleTimeAndUseKeepsItAlive() {
        Hands clock = new Hands();
        Sessions sessions = new Sessions(clock, Duration.ofMinutes(30));
        Sessions.Session s = sessions.open();
        assertThat(s.id()).isNotEqualTo(s.csrf()).hasSize(32);
        clock.now = clock.now.plus(Duration.ofMinutes(29));
        assertThat(sessions.find(s.id())).isPresent();
        clock.now = clock.now.plus(Duration.ofMinutes(29));
        assertThat(sessions.find(s.id())).isPresent();
        clock.now = clock.now.plus(Duration.ofMinutes(30));
        assertThat(sessions.find(s.id())).isEmpty();
        assertThat(sessions.find(null)).isEmpty();
        assertThat(sessions.find("forged")).isEmpty();
    }

    @Test
    void theThrottleLocksAfterFiveFailuresUntilTheOldestIsAWindowOld() {
        Hands clock = new Hands();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int n = 0; n < LoginThrottle.FAILURES; n++) {
            assertThat(throttle.waitSeconds("a")).isZero();
            throttle.failed("a");
            clock.now = clock.now.plusSeconds(60);
        }
        // The first failure was 5 minutes ago: 10 minutes to wait.
        assertThat(throttle.waitSeconds("a")).isEqualTo(600);
        assertThat(throttle.waitSeconds("b")).isZero();
        clock.now = clock.now.plusSeconds(600);
        assertThat(throttle.waitSeconds("a")).isZero();
    }
}
