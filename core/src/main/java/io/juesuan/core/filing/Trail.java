package io.juesuan.core.filing;

import io.juesuan.core.report.FinalAccounts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** 修改记录 of an edit: one event per field whose value changed (old → new), in sheet order. */
public final class Trail {
  private Trail() {}

  public static List<ReportEvent> diff(
      long reportId, String actor, Instant now, FinalAccounts before, FinalAccounts after) {
    Map<String, String> old = FactSheet.of(before);
    Map<String, String> neu = FactSheet.of(after);
    Set<String> keys = new LinkedHashSet<>(old.keySet());
    keys.addAll(neu.keySet());
    List<ReportEvent> events = new ArrayList<>();
    for (String key : keys) {
      Optional<String> oldValue = Optional.ofNullable(old.get(key));
      Optional<String> newValue = Optional.ofNullable(neu.get(key));
      if (!oldValue.equals(newValue)) {
        String label = FactSheet.label(key, newValue.isPresent() ? neu : old);
        events.add(ReportEvent.figure(reportId, now, actor, key, label, oldValue, newValue));
      }
    }
    return events;
  }
}
