package io.juesuan.persistence;

import io.juesuan.core.filing.Attachment;
import io.juesuan.core.port.AttachmentStore;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** {@link AttachmentStore} in the database (table {@code report_attachment}). */
public final class JdbcAttachmentStore implements AttachmentStore {
  private final NamedParameterJdbcTemplate jdbc;
  private final SqlStatements sql = SqlStatements.load("/io/juesuan/persistence/reports.sql");

  public JdbcAttachmentStore(DataSource dataSource) {
    this.jdbc = new NamedParameterJdbcTemplate(Objects.requireNonNull(dataSource, "dataSource"));
  }

  @Override
  public long add(long reportId, Attachment a) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(
        sql.get("insertAttachment"),
        new MapSqlParameterSource()
            .addValue("id", reportId)
            .addValue("fileName", a.fileName())
            .addValue("mediaType", a.mediaType())
            .addValue("byteCount", a.bytes().length)
            .addValue("body", a.bytes())
            .addValue("addedBy", a.addedBy())
            .addValue("addedAt", Timestamp.from(a.addedAt())),
        key,
        new String[] {"id"});
    return Objects.requireNonNull(key.getKey(), "id").longValue();
  }

  @Override
  public List<Attachment.Info> list(long reportId) {
    return jdbc.query(
        sql.get("selectAttachments"),
        Map.of("id", reportId),
        (rs, i) ->
            new Attachment.Info(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4),
                rs.getString(5),
                rs.getTimestamp(6).toInstant()));
  }

  @Override
  public Optional<Attachment> get(long reportId, long attachmentId) {
    return jdbc
        .query(
            sql.get("selectAttachment"),
            Map.of("id", reportId, "attachmentId", attachmentId),
            (rs, i) ->
                new Attachment(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getBytes(3),
                    rs.getString(4),
                    rs.getTimestamp(5).toInstant()))
        .stream()
        .findFirst();
  }
}
