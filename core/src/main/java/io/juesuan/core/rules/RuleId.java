package io.juesuan.core.rules;

import java.util.Objects;

/** A rule's stable id, e.g. "T01-27" or "X04-05-CAT". Never reused for another meaning. */
public record RuleId(String value) {
  public RuleId {
    Objects.requireNonNull(value, "value");
    if (!value.matches("[A-Z][A-Z0-9-]*")) {
      throw new IllegalArgumentException("规则编号只能含大写字母、数字和连字符: " + value);
    }
  }

  public static RuleId of(String value) {
    return new RuleId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
