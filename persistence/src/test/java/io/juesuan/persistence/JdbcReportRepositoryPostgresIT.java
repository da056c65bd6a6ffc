package io.juesuan.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;

/** The repository contract on a real PostgreSQL 17 (embedded binaries; no Docker). */
class JdbcReportRepositoryPostgresIT extends ReportRepositoryContract {
  private static final EmbeddedPostgres POSTGRES = start();

  private static EmbeddedPostgres start() {
    try {
      return EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException("无法启动内嵌 PostgreSQL", e);
    }
  }

  @Override
  DataSource dataSource() {
    return POSTGRES.getPostgresDatabase();
  }
}
