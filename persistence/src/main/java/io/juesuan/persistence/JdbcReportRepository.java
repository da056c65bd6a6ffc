package io.juesuan.persistence;

import io.juesuan.core.filing.FindingCounts;
import io.juesuan.core.filing.ReportEvent;
import io.juesuan.core.filing.ReportHeader;
import io.juesuan.core.filing.ReportQuery;
import io.juesuan.core.filing.ReportState;
import io.juesuan.core.filing.StaleReportException;
import io.juesuan.core.port.ReportRepository;
import io.juesuan.core.report.FinalAccounts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Reports (department-years) in the database: a header row plus one row per leaf fact. Writes check
 * the {@code lock_version} the editor loaded (optimistic locking) and fail with {@link
 * StaleReportException} rather than overwrite a concurrent change. Callers hold the transaction.
 */
public final class JdbcReportRepository implements ReportRepository {
  private final NamedParameterJdbcTemplate jdbc;
  private final SqlStatements sql = SqlStatements.load("/io/juesuan/persistence/reports.sql");
  private final FactRowsWriter writer;
  private final FactRowsReader reader;

  public JdbcReportRepository(DataSource dataSource) {
    this.jdbc = new NamedParameterJdbcTemplate(Objects.requireNonNull(dataSource, "dataSource"));
    this.writer = new FactRowsWriter(jdbc, sql);
    this.reader = new FactRowsReader(jdbc, sql);
  }

  /** Stores a new report (a new department-year or a new version of one) and returns its id. */
  @Override
  public long create(
      long departmentId,
      int versionNo,
      ReportState state,
      FinalAccounts accounts,
      FindingCounts counts,
      String actor,
      Instant now) {
    MapSqlParameterSource p =
        headerParams(accounts, counts, now)
            .addValue("departmentId", departmentId)
            .addValue("versionNo", versionNo)
            .addValue("state", state.name())
            .addValue("actor", actor);
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(sql.get("insertReport"), p, keys, new String[] {"id"});
    long id = Objects.requireNonNull(keys.getKey(), "generated id").longValue();
    writer.insertAll(id, accounts);
    return id;
  }

  /**
   * Replaces the facts of a report if nobody saved it since {@code lockVersion}; returns the new
   * lock version.
   */
  @Override
  public int replaceFacts(
      long id, int lockVersion, FinalAccounts accounts, FindingCounts counts, Instant now) {
    MapSqlParameterSource p =
        headerParams(accounts, counts, now).addValue("id", id).addValue("lockVersion", lockVersion);
    if (jdbc.update(sql.get("updateFactsHeader"), p) != 1) {
      throw new StaleReportException(id, lockVersion);
    }
    writer.deleteAll(id);
    writer.insertAll(id, accounts);
    return lockVersion + 1;
  }

  /**
   * Moves a report from one state to another if it is still in {@code from} at {@code lockVersion}.
   */
  @Override
  public void changeState(long id, int lockVersion, ReportState from, ReportState to, Instant now) {
    MapSqlParameterSource p =
        new MapSqlParameterSource("id", id)
            .addValue("lockVersion", lockVersion)
            .addValue("from", from.name())
            .addValue("to", to.name())
            .addValue("now", Timestamp.from(now));
    if (jdbc.update(sql.get("updateState"), p) != 1) {
      throw new StaleReportException(id, lockVersion);
    }
  }

  @Override
  public FinalAccounts load(long id) {
    return reader.read(id);
  }

  @Override
  public Optional<ReportHeader> header(long id) {
    return jdbc
        .query(
            sql.get("selectHeaderColumns") + " where id = :id",
            Map.of("id", id),
            JdbcReportRepository::header)
        .stream()
        .findFirst();
  }

  /**
   * Headers matching the query, newest year first, then department name, then version (newest
   * first).
   */
  @Override
  public List<ReportHeader> find(ReportQuery q) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    MapSqlParameterSource p = new MapSqlParameterSource();
    if (!q.states().isEmpty()) {
      where.append(" and state in (:states)");
      p.addValue("states", q.states().stream().map(Enum::name).toList());
    }
    q.departmentId()
        .ifPresent(
            d -> {
              where.append(" and department_id = :departmentId");
              p.addValue("departmentId", d);
            });
    q.fiscalYear()
        .ifPresent(
            y -> {
              where.append(" and fiscal_year = :fiscalYear");
              p.addValue("fiscalYear", y);
            });
    q.text()
        .filter(t -> !t.isBlank())
        .ifPresent(
            t -> {
              where.append(
                  " and (lower(dept_name) like :text escape '\\'"
                      + " or lower(dept_short_name) like :text escape '\\')");
              // % and _ are searched for literally, not as wildcards
              p.addValue(
                  "text",
                  "%"
                      + t.trim()
                          .toLowerCase(java.util.Locale.ROOT)
                          .replace("\\", "\\\\")
                          .replace("%", "\\%")
                          .replace("_", "\\_")
                      + "%");
            });
    String order = " order by fiscal_year desc, dept_name, version_no desc";
    return jdbc.query(
        sql.get("selectHeaderColumns") + where + order, p, JdbcReportRepository::header);
  }

  @Override
  public int nextVersion(long departmentId, int fiscalYear) {
    Integer max =
        jdbc.queryForObject(
            sql.get("maxVersion"),
            Map.of("departmentId", departmentId, "fiscalYear", fiscalYear),
            Integer.class);
    return (max == null ? 0 : max) + 1;
  }

  @Override
  public void append(List<ReportEvent> events) {
    List<MapSqlParameterSource> rows = new ArrayList<>();
    for (ReportEvent e : events) {
      rows.add(
          new MapSqlParameterSource("reportId", e.reportId())
              .addValue("at", Timestamp.from(e.at()))
              .addValue("actor", e.actor())
              .addValue("kind", e.kind().name())
              .addValue("fieldKey", e.fieldKey().orElse(null))
              .addValue("fieldLabel", e.fieldLabel().orElse(null))
              .addValue("oldValue", e.oldValue().orElse(null))
              .addValue("newValue", e.newValue().orElse(null))
              .addValue("note", e.note().orElse(null)));
    }
    if (!rows.isEmpty()) {
      jdbc.batchUpdate(sql.get("insertEvent"), rows.toArray(new MapSqlParameterSource[0]));
    }
  }

  /** The audit trail of a report, newest first. */
  @Override
  public List<ReportEvent> events(long id) {
    return jdbc.query(
        sql.get("selectEvents"),
        Map.of("id", id),
        (rs, n) ->
            new ReportEvent(
                rs.getLong(1),
                rs.getTimestamp(2).toInstant(),
                rs.getString(3),
                ReportEvent.Kind.valueOf(rs.getString(4)),
                Optional.ofNullable(rs.getString(5)),
                Optional.ofNullable(rs.getString(6)),
                Optional.ofNullable(rs.getString(7)),
                Optional.ofNullable(rs.getString(8)),
                Optional.ofNullable(rs.getString(9))));
  }

  private static MapSqlParameterSource headerParams(
      FinalAccounts a, FindingCounts counts, Instant now) {
    return new MapSqlParameterSource("fiscalYear", a.fiscalYear())
        .addValue("amountUnit", a.unit().name())
        .addValue("deptName", a.department().name())
        .addValue("deptShortName", a.department().shortName())
        .addValue("deptRegion", a.department().region())
        .addValue("deptKind", a.department().kind().name())
        .addValue("reportDate", a.explanations().reportDate().orElse(null))
        .addValue("fillDate", a.evaluation().fillDate().orElse(null))
        .addValue("errors", counts.errors())
        .addValue("roundings", counts.roundings())
        .addValue("warnings", counts.warnings())
        .addValue("now", Timestamp.from(now));
  }

  private static ReportHeader header(ResultSet rs, int n) throws SQLException {
    return new ReportHeader(
        rs.getLong(1),
        rs.getLong(2),
        rs.getInt(3),
        rs.getInt(4),
        ReportState.valueOf(rs.getString(5)),
        rs.getString(6),
        rs.getString(7),
        rs.getInt(8),
        new FindingCounts(rs.getInt(9), rs.getInt(10), rs.getInt(11)),
        rs.getString(12),
        rs.getTimestamp(13).toInstant(),
        rs.getTimestamp(14).toInstant(),
        Optional.ofNullable(rs.getTimestamp(15)).map(Timestamp::toInstant),
        Optional.ofNullable(rs.getTimestamp(16)).map(Timestamp::toInstant));
  }
}
