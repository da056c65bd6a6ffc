package io.juesuan.persistence;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Failed logins per user name, in the database so that every app instance sees the same count (a
 * lock set by one instance holds on all).
 */
public final class JdbcLoginFailures {
  /** Failures counted since {@code first}. */
  public record Failures(int count, Instant first) {}

  private final NamedParameterJdbcTemplate jdbc;
  private final SqlStatements sql = SqlStatements.load("/io/juesuan/persistence/accounts.sql");

  public JdbcLoginFailures(DataSource dataSource) {
    this.jdbc = new NamedParameterJdbcTemplate(Objects.requireNonNull(dataSource, "dataSource"));
  }

  public Optional<Failures> find(String username) {
    List<Failures> rows =
        jdbc.query(
            sql.get("selectLoginFailure"),
            Map.of("username", username),
            (rs, i) -> new Failures(rs.getInt(1), rs.getTimestamp(2).toInstant()));
    return rows.stream().findFirst();
  }

  /** Counts one failure; a count older than {@code window} starts again at one. */
  public void record(String username, Instant now, Duration window) {
    Map<String, Object> p =
        Map.of(
            "username", username,
            "now", Timestamp.from(now),
            "windowStart", Timestamp.from(now.minus(window)));
    if (jdbc.update(sql.get("countLoginFailure"), p) > 0
        || jdbc.update(sql.get("restartLoginFailure"), p) > 0) {
      return;
    }
    try {
      jdbc.update(sql.get("insertLoginFailure"), p);
    } catch (DuplicateKeyException raced) {
      jdbc.update(sql.get("countLoginFailure"), p);
    }
  }

  public void clear(String username) {
    jdbc.update(sql.get("deleteLoginFailure"), Map.of("username", username));
  }
}
