package io.juesuan.persistence;

import io.juesuan.core.port.DocumentStore;
import io.juesuan.core.port.StoredDocument;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * {@link DocumentStore} in the database (table {@code report_document}): every app instance serves
 * the same frozen bytes, and a concurrent second producer leaves the first one's document in place.
 */
public final class JdbcDocumentStore implements DocumentStore {
  private final NamedParameterJdbcTemplate jdbc;
  private final SqlStatements sql = SqlStatements.load("/io/juesuan/persistence/reports.sql");

  public JdbcDocumentStore(DataSource dataSource) {
    this.jdbc = new NamedParameterJdbcTemplate(Objects.requireNonNull(dataSource, "dataSource"));
  }

  @Override
  public void putAll(long reportId, List<StoredDocument> documents) {
    for (StoredDocument d : documents) {
      jdbc.update(
          sql.get("insertDocument"),
          new MapSqlParameterSource()
              .addValue("id", reportId)
              .addValue("format", d.format())
              .addValue("mediaType", d.mediaType())
              .addValue("sha256", d.sha256())
              .addValue("byteCount", d.bytes().length)
              .addValue("body", d.bytes())
              .addValue("producedAt", Timestamp.from(d.producedAt())));
    }
  }

  @Override
  public Optional<StoredDocument> get(long reportId, String format) {
    List<StoredDocument> rows =
        jdbc.query(
            sql.get("selectDocument"),
            Map.of("id", reportId, "format", format),
            (rs, i) ->
                new StoredDocument(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getBytes(4),
                    rs.getString(3),
                    rs.getTimestamp(5).toInstant()));
    return rows.stream().findFirst();
  }
}
