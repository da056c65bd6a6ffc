package io.juesuan.web.account;

import io.juesuan.persistence.JdbcLoginFailures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * 登录限流: failed logins are counted per user name <em>and</em> per client address, for names that
 * exist and names that do not alike (so the answer never tells which names exist). From the {@value
 * #FREE_FAILURES}th failure within {@link #WINDOW} on, further attempts on that name (from the
 * {@value #FREE_FAILURES_PER_ADDRESS}th, from that address) wait a delay that doubles with each
 * failure ({@link #FIRST_DELAY}, then twice as long …, at most {@link #MAX_DELAY}) — a guesser is
 * slowed down at once, while a reviewer whose name is being guessed from elsewhere is kept out for
 * seconds, not a quarter of an hour. The counts live in the database, so every app instance
 * enforces the same delays.
 */
@Component
public class LoginThrottle {
  static final int FREE_FAILURES = 5;

  /** An office's users may share one address (NAT): more failures pass before it waits. */
  static final int FREE_FAILURES_PER_ADDRESS = 20;

  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration FIRST_DELAY = Duration.ofSeconds(30);
  static final Duration MAX_DELAY = Duration.ofMinutes(15);

  private final JdbcLoginFailures failures;
  private final Clock clock;

  public LoginThrottle(JdbcLoginFailures failures, Clock clock) {
    this.failures = failures;
    this.clock = clock;
  }

  /** Whether a login attempt with this name from this address must wait (it is not tried). */
  public boolean isThrottled(String username, Optional<String> address) {
    return blocked(userKey(username), FREE_FAILURES)
        || address.map(a -> blocked(addressKey(a), FREE_FAILURES_PER_ADDRESS)).orElse(false);
  }

  private boolean blocked(String key, int free) {
    Instant now = clock.instant();
    return failures
        .find(key)
        .filter(f -> !f.first().plus(WINDOW).isBefore(now))
        .filter(f -> f.count() >= free)
        .map(f -> now.isBefore(f.first().plus(delay(f.count() - free + FREE_FAILURES))))
        .orElse(false);
  }

  /** The wait after {@code count} failures: doubling from {@link #FIRST_DELAY}, capped. */
  static Duration delay(int count) {
    int doublings = Math.min(count - FREE_FAILURES, 10);
    Duration d = FIRST_DELAY.multipliedBy(1L << Math.max(doublings, 0));
    return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
  }

  @EventListener
  public void onFailure(AbstractAuthenticationFailureEvent event) {
    Instant now = clock.instant();
    failures.record(userKey(String.valueOf(event.getAuthentication().getPrincipal())), now, WINDOW);
    address(event.getAuthentication().getDetails())
        .ifPresent(a -> failures.record(addressKey(a), now, WINDOW));
  }

  @EventListener
  public void onSuccess(AuthenticationSuccessEvent event) {
    failures.clear(userKey(event.getAuthentication().getName()));
  }

  private static Optional<String> address(Object details) {
    return details instanceof WebAuthenticationDetails w
        ? Optional.ofNullable(w.getRemoteAddress())
        : Optional.empty();
  }

  static String userKey(String username) {
    return "user:" + username.trim().toLowerCase(Locale.ROOT);
  }

  static String addressKey(String address) {
    return "addr:" + address;
  }
}
