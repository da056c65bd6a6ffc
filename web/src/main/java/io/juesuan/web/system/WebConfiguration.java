package io.juesuan.web.system;

import io.juesuan.core.edition.Editions;
import io.juesuan.core.port.DepartmentDirectory;
import io.juesuan.core.port.ReportRepository;
import io.juesuan.core.usecase.CheckReport;
import io.juesuan.core.usecase.FileReport;
import io.juesuan.core.usecase.ReadReports;
import io.juesuan.core.usecase.ReviewReport;
import io.juesuan.persistence.JdbcAccountRepository;
import io.juesuan.persistence.JdbcDepartmentDirectory;
import io.juesuan.persistence.JdbcReportRepository;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the framework-free use cases and their adapters (persistence, render) into the application.
 */
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
  CheckReport checkReport(io.juesuan.core.port.Typesetting typesetting) {
    return new CheckReport(Editions.installed(), typesetting);
  }

  @Bean
  ReadReports readReports(ReportRepository reports) {
    return new ReadReports(reports);
  }

  @Bean
  FileReport fileReport(
      ReportRepository reports,
      DepartmentDirectory departments,
      CheckReport checkReport,
      Clock clock) {
    return new FileReport(reports, departments, checkReport, Editions.installed(), clock);
  }

  @Bean
  ReviewReport reviewReport(
      ReportRepository reports, CheckReport checkReport, Clock clock, DataSource dataSource) {
    return new ReviewReport(
        reports,
        checkReport,
        clock,
        java.util.Optional.of(new io.juesuan.persistence.JdbcAttachmentStore(dataSource)));
  }

  @Bean
  JdbcAccountRepository accountRepository(DataSource dataSource) {
    return new JdbcAccountRepository(dataSource);
  }

  @Bean
  DepartmentDirectory departmentDirectory(JdbcAccountRepository accounts) {
    return new JdbcDepartmentDirectory(accounts);
  }

  @Bean
  io.juesuan.persistence.JdbcLoginFailures loginFailures(DataSource dataSource) {
    return new io.juesuan.persistence.JdbcLoginFailures(dataSource);
  }
}
