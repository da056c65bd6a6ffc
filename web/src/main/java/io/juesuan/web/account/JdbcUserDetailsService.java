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

  JdbcUserDetailsService(JdbcAccountRepository accounts) {
    this.accounts = accounts;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return accounts
        .user(username.trim())
        .map(a -> new CurrentUser(a, false)) // throttling: LoginThrottleFilter, before this
        .orElseThrow(() -> new UsernameNotFoundException("用户名或密码错误"));
  }
}
