package io.juesuan.core.usecase;

import io.juesuan.core.filing.ActionRefusedException;
import io.juesuan.core.filing.FindingCounts;
import io.juesuan.core.filing.InvalidEditException;
import io.juesuan.core.filing.Submission;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The checks the filing use cases run: finding counts for the header, and what publishing needs.
 */
final class FilingChecks {
  private final CheckReport checkReport;

  FilingChecks(CheckReport checkReport) {
    this.checkReport = Objects.requireNonNull(checkReport, "checkReport");
  }

  FindingCounts counts(FinalAccounts accounts) {
    CheckResult result = checkReport.check(accounts).result();
    return new FindingCounts(
        (int) result.count(Severity.ERROR),
        (int) result.count(Severity.ROUNDING_DIFFERENCE),
        (int) result.count(Severity.WARNING));
  }

  /**
   * Refuses the action (报送, 审核通过) while facts a report cannot be published without are missing
   * (each named) or the check finds errors.
   */
  void requirePublishable(FinalAccounts accounts, String action) {
    List<String> missing = Submission.missing(accounts);
    if (!missing.isEmpty()) {
      List<String> problems = new ArrayList<>();
      problems.add("报告缺少公开所必需的内容，不能" + action);
      problems.addAll(missing);
      throw new InvalidEditException(problems);
    }
    long errors = checkReport.check(accounts).result().count(Severity.ERROR);
    if (errors > 0) {
      throw new ActionRefusedException("还有 " + errors + " 个错误，请修正后再" + action);
    }
  }
}
