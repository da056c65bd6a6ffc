package io.juesuan.core.rules;

import java.util.Objects;

/** A rule as written in the catalog: id, severity, kind, expression, description. */
record RuleSpec(RuleId id, Severity severity, String kind, String expression, String description) {
  RuleSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(description, "description");
  }
}
