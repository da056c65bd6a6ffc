package io.juesuan.persistence;

import io.juesuan.core.filing.Role;
import io.juesuan.core.report.UnitKind;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Departments, user accounts and fiscal years. */
public final class JdbcAccountRepository {
  private final NamedParameterJdbcTemplate jdbc;
  private final SqlStatements sql = SqlStatements.load("/io/juesuan/persistence/accounts.sql");

  public JdbcAccountRepository(DataSource dataSource) {
    this.jdbc = new NamedParameterJdbcTemplate(Objects.requireNonNull(dataSource, "dataSource"));
  }

  public long createDepartment(
      String name, String shortName, String region, UnitKind kind, Instant now) {
    MapSqlParameterSource p =
        new MapSqlParameterSource("name", name)
            .addValue("shortName", shortName)
            .addValue("region", region)
            .addValue("kind", kind.name())
            .addValue("now", Timestamp.from(now));
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(sql.get("insertDepartment"), p, keys, new String[] {"id"});
    return Objects.requireNonNull(keys.getKey(), "id").longValue();
  }

  public List<DepartmentRecord> departments() {
    return jdbc.query(
        sql.get("selectDepartments") + " order by name",
        (rs, n) ->
            new DepartmentRecord(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                UnitKind.valueOf(rs.getString(5))));
  }

  public Optional<DepartmentRecord> department(long id) {
    return departments().stream().filter(d -> d.id() == id).findFirst();
  }

  public Optional<DepartmentRecord> departmentNamed(String name) {
    return departments().stream().filter(d -> d.name().equals(name)).findFirst();
  }

  public long createUser(
      String username,
      String passwordHash,
      String displayName,
      Role role,
      Optional<Long> departmentId,
      Instant now) {
    MapSqlParameterSource p =
        new MapSqlParameterSource("username", username)
            .addValue("passwordHash", passwordHash)
            .addValue("displayName", displayName)
            .addValue("role", role.name())
            .addValue("departmentId", departmentId.orElse(null))
            .addValue("now", Timestamp.from(now));
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(sql.get("insertUser"), p, keys, new String[] {"id"});
    return Objects.requireNonNull(keys.getKey(), "id").longValue();
  }

  public Optional<UserAccount> user(String username) {
    return jdbc
        .query(
            sql.get("selectUsers") + " where u.username = :username",
            Map.of("username", username),
            (org.springframework.jdbc.core.RowMapper<UserAccount>) this::user)
        .stream()
        .findFirst();
  }

  public List<UserAccount> users() {
    return jdbc.query(
        sql.get("selectUsers") + " order by u.role, u.username",
        (org.springframework.jdbc.core.RowMapper<UserAccount>) this::user);
  }

  public void setEnabled(long userId, boolean enabled) {
    jdbc.update(sql.get("setEnabled"), Map.of("id", userId, "enabled", enabled));
  }

  public void setPassword(long userId, String passwordHash) {
    jdbc.update(sql.get("setPassword"), Map.of("id", userId, "passwordHash", passwordHash));
  }

  public List<FiscalYearRecord> years() {
    return jdbc.query(
        sql.get("selectYears"), (rs, n) -> new FiscalYearRecord(rs.getInt(1), rs.getBoolean(2)));
  }

  /** Opens (or closes) a fiscal year for filing, registering it when new. */
  public void openYear(int year, boolean open) {
    if (jdbc.update(sql.get("setYearOpen"), Map.of("year", year, "open", open)) == 0) {
      jdbc.update(sql.get("insertYear"), Map.of("year", year, "open", open));
    }
  }

  private UserAccount user(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    long dept = rs.getLong(6);
    Optional<Long> deptId = rs.wasNull() ? Optional.empty() : Optional.of(dept);
    return new UserAccount(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        Role.valueOf(rs.getString(5)),
        deptId,
        Optional.ofNullable(rs.getString(8)),
        rs.getBoolean(7));
  }
}
