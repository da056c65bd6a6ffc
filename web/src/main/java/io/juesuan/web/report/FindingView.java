package io.juesuan.web.report;

import io.juesuan.core.rules.Finding;
import io.juesuan.core.rules.Location;
import io.juesuan.core.usecase.FormTarget;
import java.util.Objects;

/**
 * A finding as shown to people: severity, rule, where, expected/actual/difference, message, and the
 * field of the filing form to fix ({@code field} is the form anchor, empty when no field applies).
 */
public record FindingView(
    String severity,
    String severityLabel,
    String rule,
    String location,
    String expected,
    String actual,
    String difference,
    String message,
    String field,
    String section) {

  public FindingView {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(section, "section");
  }

  static FindingView of(Finding f, FormTarget t) {
    return new FindingView(
        f.severity().code(),
        f.severity().label(),
        f.rule().toString(),
        f.location().describe(),
        f.expected().orElse(""),
        f.actual().orElse(""),
        f.difference().map(d -> d.toPlainString()).orElse(""),
        f.message(),
        t.field(),
        t.section());
  }

  public boolean isError() {
    return severity.equals("error");
  }

  /** For the template: does the location point at a cell. */
  static boolean isCell(Location l) {
    return l instanceof Location.Cell;
  }
}
