package io.juesuan.web.portal;

import io.juesuan.core.report.FinalAccounts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The report page's content of published versions, derived once per instance: a published version
 * is frozen, so its tables, narrative, key figures and chart data never change (the version list
 * and state around them are read fresh on every request).
 */
@Component
class FrozenPages {
  private static final int MAX_ENTRIES = 256;
  private final Map<Long, ReportPage.Parts> parts =
      new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, ReportPage.Parts> eldest) {
          return size() > MAX_ENTRIES;
        }
      };

  ReportPage.Parts of(long reportId, Supplier<FinalAccounts> accounts) {
    synchronized (parts) {
      ReportPage.Parts p = parts.get(reportId);
      if (p != null) {
        return p;
      }
    }
    ReportPage.Parts p = ReportPage.parts(accounts.get());
    synchronized (parts) {
      parts.put(reportId, p);
    }
    return p;
  }
}
