package io.juesuan.web.account;

import io.juesuan.persistence.JdbcLoginFailures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * 登录限流: after {@value #MAX_FAILURES} wrong passwords for a user name within {@link #LOCK}, the
 * account is locked for the rest of that window (counted per user name, so guessing from many
 * addresses is throttled too). The counts live in the database, so every app instance behind a load
 * balancer enforces the same lock.
 */
@Component
public class LoginThrottle {
  static final int MAX_FAILURES = 5;
  static final Duration LOCK = Duration.ofMinutes(15);

  private final JdbcLoginFailures failures;
  private final Clock clock;

  public LoginThrottle(JdbcLoginFailures failures, Clock clock) {
    this.failures = failures;
    this.clock = clock;
  }

  public boolean isLocked(String username) {
    Instant now = clock.instant();
    return failures
        .find(key(username))
        .filter(f -> !f.first().plus(LOCK).isBefore(now))
        .map(f -> f.count() >= MAX_FAILURES)
        .orElse(false);
  }

  @EventListener
  public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
    failures.record(
        key(String.valueOf(event.getAuthentication().getPrincipal())), clock.instant(), LOCK);
  }

  @EventListener
  public void onSuccess(AuthenticationSuccessEvent event) {
    failures.clear(key(event.getAuthentication().getName()));
  }

  private static String key(String username) {
    return username.trim().toLowerCase(Locale.ROOT);
  }
}
