package io.juesuan.web.system;

import io.juesuan.persistence.JdbcAccountRepository;
import io.juesuan.persistence.JdbcReportRepository;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the framework-free adapters (persistence) into the application. */
@Configuration
class WebConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemDefaultZone();
  }

  /** The render module's adapter of the {@link io.juesuan.core.port.DocumentRenderer} port. */
  @Bean
  io.juesuan.core.port.DocumentRenderer documentRenderer() {
    return new io.juesuan.render.DisclosureRenderer();
  }

  @Bean
  JdbcReportRepository reportRepository(DataSource dataSource) {
    return new JdbcReportRepository(dataSource);
  }

  /** The render module's adapter of the {@link io.juesuan.core.port.Typesetting} port. */
  @Bean
  io.juesuan.core.port.Typesetting typesetting() {
    return io.juesuan.render.FontCoverage.bundled();
  }

  /** The persistence module's adapter of the {@link io.juesuan.core.port.DocumentStore} port. */
  @Bean
  io.juesuan.core.port.DocumentStore documentStore(DataSource dataSource) {
    return new io.juesuan.persistence.JdbcDocumentStore(dataSource);
  }

  @Bean
  JdbcAccountRepository accountRepository(DataSource dataSource) {
    return new JdbcAccountRepository(dataSource);
  }

  @Bean
  io.juesuan.persistence.JdbcLoginFailures loginFailures(DataSource dataSource) {
    return new io.juesuan.persistence.JdbcLoginFailures(dataSource);
  }
}
