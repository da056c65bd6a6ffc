package io.juesuan.core.table;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a fixed layout (01, 04, 06, 09表), with the attributes that say how its cells are
 * derived: {@code code}, {@code value}, {@code value.N}, {@code sum}, {@code side}, {@code block},
 * {@code total}.
 */
public record RowLayout(RowNo no, String label, Map<String, String> attributes) {
  public RowLayout {
    Objects.requireNonNull(no, "no");
    Objects.requireNonNull(label, "label");
    attributes = Map.copyOf(attributes);
  }

  public Optional<String> attribute(String name) {
    return Optional.ofNullable(attributes.get(name));
  }

  public Optional<String> code() {
    return attribute("code");
  }

  /**
   * The stable name rules, figures and the audit use for this row ("本年收入合计", "收入总计"), the same in
   * every edition whatever its printed 行次.
   */
  public Optional<String> key() {
    return attribute("key");
  }

  public Optional<String> side() {
    return attribute("side");
  }

  /** A printed row without a label carries no figures (01表 rows 9–26). */
  public boolean isSpacer() {
    if (!label.isEmpty()) {
      return false;
    }
    for (String k : attributes.keySet()) {
      if (k.startsWith("value")) {
        return false;
      }
    }
    return true;
  }
}
