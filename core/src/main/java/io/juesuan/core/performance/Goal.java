package io.juesuan.core.performance;

import java.util.List;
import java.util.Objects;

/** 年度目标 with its 年度绩效目标 text and indicators. */
public record Goal(String title, String description, List<Indicator> indicators) {
  public Goal {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    indicators = List.copyOf(indicators);
  }
}
