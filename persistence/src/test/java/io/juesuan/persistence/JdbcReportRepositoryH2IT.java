package io.juesuan.persistence;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The repository contract on H2 in PostgreSQL mode, as the app runs it on one machine. */
class JdbcReportRepositoryH2IT extends ReportRepositoryContract {
  private static final JdbcDataSource H2 = h2();

  private static JdbcDataSource h2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(
        "jdbc:h2:mem:contract;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    return ds;
  }

  @Override
  DataSource dataSource() {
    return H2;
  }
}
