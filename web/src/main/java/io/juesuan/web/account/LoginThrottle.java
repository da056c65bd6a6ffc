package io.juesuan.web.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * 登录限流: after {@value #MAX_FAILURES} wrong passwords for a user name within the window, the account
 * is locked for {@link #LOCK} (counted per user name, so guessing from many addresses is throttled
 * too).
 */
@Component
public class LoginThrottle {
  static final int MAX_FAILURES = 5;
  static final Duration LOCK = Duration.ofMinutes(15);

  private record Failures(int count, Instant first) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  public boolean isLocked(String username) {
    Failures f = failures.get(key(username));
    if (f == null) {
      return false;
    }
    if (f.first().plus(LOCK).isBefore(clock.instant())) {
      failures.remove(key(username));
      return false;
    }
    return f.count() >= MAX_FAILURES;
  }

  @EventListener
  public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
    String name = key(String.valueOf(event.getAuthentication().getPrincipal()));
    Instant now = clock.instant();
    failures.merge(
        name,
        new Failures(1, now),
        (old, one) ->
            old.first().plus(LOCK).isBefore(now)
                ? one
                : new Failures(old.count() + 1, old.first()));
  }

  @EventListener
  public void onSuccess(AuthenticationSuccessEvent event) {
    failures.remove(key(event.getAuthentication().getName()));
  }

  private static String key(String username) {
    return username.trim().toLowerCase(java.util.Locale.ROOT);
  }
}
