package io.juesuan.persistence;

import io.juesuan.core.filing.FindingCounts;
import io.juesuan.core.filing.ReportState;
import io.juesuan.core.port.DistrictRepository;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The district's reading of the reports: 批复 dates (per year, per department-year), every
 * department's standing in a year, and the published department-years. Callers hold the
 * transaction.
 */
public final class JdbcDistrictRepository implements DistrictRepository {
  private final NamedParameterJdbcTemplate jdbc;
  private final SqlStatements sql = SqlStatements.load("/io/juesuan/persistence/district.sql");

  public JdbcDistrictRepository(DataSource dataSource) {
    this.jdbc = new NamedParameterJdbcTemplate(Objects.requireNonNull(dataSource, "dataSource"));
  }

  @Override
  public Approvals approvals(int year) {
    Optional<LocalDate> y =
        jdbc
            .query(
                sql.get("selectYearApproval"),
                Map.of("year", year),
                (rs, n) -> rs.getDate(1).toLocalDate())
            .stream()
            .findFirst();
    Map<Long, LocalDate> d = new HashMap<>();
    jdbc.query(
        sql.get("selectDepartmentApprovals"),
        Map.of("year", year),
        rs -> {
          d.put(rs.getLong(1), rs.getDate(2).toLocalDate());
        });
    return new Approvals(y, d);
  }

  /** Sets (or with an empty date clears) the 批复 date of a whole year. */
  @Override
  public void setYearApproval(int year, Optional<LocalDate> date) {
    MapSqlParameterSource p = new MapSqlParameterSource("year", year);
    jdbc.update(sql.get("deleteYearApproval"), p);
    date.ifPresent(
        x -> jdbc.update(sql.get("insertYearApproval"), p.addValue("date", Date.valueOf(x))));
  }

  /** Sets (or with an empty date clears) a department-year's own 批复 date. */
  @Override
  public void setDepartmentApproval(long departmentId, int year, Optional<LocalDate> date) {
    MapSqlParameterSource p =
        new MapSqlParameterSource("year", year).addValue("departmentId", departmentId);
    jdbc.update(sql.get("deleteDepartmentApproval"), p);
    date.ifPresent(
        x -> jdbc.update(sql.get("insertDepartmentApproval"), p.addValue("date", Date.valueOf(x))));
  }

  /** Every registered department and its year, by department name. */
  @Override
  public List<FilingRow> filings(int year) {
    return jdbc.query(
        sql.get("selectFilings"),
        new MapSqlParameterSource("year", year).addValue("returned", ReportState.RETURNED.label()),
        JdbcDistrictRepository::filing);
  }

  /** The published (current) versions of every department-year, newest year first. */
  @Override
  public List<PublishedRow> published() {
    return jdbc.query(
        sql.get("selectPublished"),
        Map.of(),
        (rs, n) ->
            new PublishedRow(
                rs.getLong(1),
                rs.getLong(2),
                rs.getInt(3),
                rs.getString(4),
                rs.getTimestamp(5).toInstant(),
                rs.getTimestamp(6).toInstant()));
  }

  private static FilingRow filing(ResultSet rs, int n) throws SQLException {
    long reportId = rs.getLong(3);
    boolean present = !rs.wasNull();
    return new FilingRow(
        rs.getLong(1),
        rs.getString(2),
        present ? Optional.of(reportId) : Optional.empty(),
        Optional.ofNullable(rs.getString(4)).map(ReportState::valueOf),
        instant(rs.getTimestamp(5)),
        new FindingCounts(rs.getInt(6), rs.getInt(7), rs.getInt(8)),
        rs.getInt(9),
        instant(rs.getTimestamp(10)),
        instant(rs.getTimestamp(11)));
  }

  private static Optional<Instant> instant(Timestamp t) {
    return Optional.ofNullable(t).map(Timestamp::toInstant);
  }
}
