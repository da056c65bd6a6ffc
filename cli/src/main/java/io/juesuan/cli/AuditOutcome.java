package io.juesuan.cli;

import io.juesuan.core.JuesuanException;
import io.juesuan.core.audit.PublishedReport;
import io.juesuan.core.audit.ReportAuditor;
import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.rules.Severity;
import io.juesuan.importer.ReportImporter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The audit of one file: the report read and its result, or why it could not be read. */
record AuditOutcome(
    Path file,
    Optional<PublishedReport> report,
    Optional<CheckResult> result,
    Optional<String> failure) {

  static AuditOutcome of(Path file) {
    try {
      PublishedReport report = new ReportImporter().read(file);
      return new AuditOutcome(
          file,
          Optional.of(report),
          Optional.of(new ReportAuditor().audit(report)),
          Optional.empty());
    } catch (JuesuanException e) {
      return new AuditOutcome(
          file, Optional.empty(), Optional.empty(), Optional.of(e.getMessage()));
    } catch (RuntimeException e) {
      return new AuditOutcome(
          file, Optional.empty(), Optional.empty(), Optional.of("内部错误（请报告此问题）：" + e));
    }
  }

  long count(Severity s) {
    return result.map(r -> r.count(s)).orElse(0L);
  }

  /** Warnings about the report, without the reading questions. */
  long warnings() {
    return result
        .map(
            r ->
                r.findings().stream()
                    .filter(f -> f.severity() == Severity.WARNING && !FindingsText.isReading(f))
                    .count())
        .orElse(0L);
  }

  /** Reading questions (读取提示): tables in doubt, pages not read. */
  long reading() {
    return result
        .map(r -> r.findings().stream().filter(FindingsText::isReading).count())
        .orElse(0L);
  }

  int unread() {
    return result.map(r -> r.skipped().size()).orElse(0);
  }

  /** 2 when any file could not be read, else 1 when any has errors, else 0. */
  static int exitCode(List<AuditOutcome> outcomes) {
    if (outcomes.stream().anyMatch(o -> o.failure().isPresent())) {
      return ExitCodes.UNREADABLE;
    }
    return outcomes.stream().anyMatch(o -> o.count(Severity.ERROR) > 0)
        ? ExitCodes.ERRORS
        : ExitCodes.OK;
  }
}
