package io.juesuan.web.report;

import io.juesuan.persistence.ReportQuery;
import io.juesuan.persistence.ReportState;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an anonymous reader may find in lists: the current published version of each
 * department-year. A superseded version (已被新版本替代) is never listed as current — it stays reachable
 * from its report page's version list only — and a state the public may not see is never listed
 * even when asked for.
 */
final class PublicListing {
  private PublicListing() {}

  static ReportQuery restrict(ReportQuery query) {
    Set<ReportState> states =
        query.states().isEmpty()
            ? Set.of(ReportState.PUBLISHED)
            : query.states().stream()
                .filter(s -> s == ReportState.PUBLISHED)
                .collect(Collectors.toUnmodifiableSet());
    if (states.isEmpty()) {
      // asked only for states the public may not list: match nothing rather than everything
      return new ReportQuery(
          Set.of(ReportState.PUBLISHED), Optional.of(-1L), query.fiscalYear(), query.text());
    }
    return new ReportQuery(states, query.departmentId(), query.fiscalYear(), query.text());
  }
}
