package io.juesuan.web.admin;

import java.util.List;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The open login sessions of a user, in the shared session store (Spring Session JDBC): ending them
 * there logs the user out of every app instance at once.
 */
@Component
class UserSessions {
  private final FindByIndexNameSessionRepository<? extends Session> sessions;

  UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
    this.sessions = sessions;
  }

  /** Ends every session of {@code username}; returns how many there were. */
  int endSessionsOf(String username) {
    List<String> ids = List.copyOf(sessions.findByPrincipalName(username).keySet());
    ids.forEach(sessions::deleteById);
    return ids.size();
  }
}
