package io.juesuan.web.account;

import io.juesuan.persistence.JdbcAccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts from the database; a throttled account comes back locked. */
@Service
class JdbcUserDetailsService implements UserDetailsService {
  private final JdbcAccountRepository accounts;
  private final LoginThrottle throttle;

  JdbcUserDetailsService(JdbcAccountRepository accounts, LoginThrottle throttle) {
    this.accounts = accounts;
    this.throttle = throttle;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return accounts
        .user(username.trim())
        .map(a -> new CurrentUser(a, throttle.isLocked(username)))
        .orElseThrow(() -> new UsernameNotFoundException("用户名或密码错误"));
  }
}
