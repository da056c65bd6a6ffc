package io.juesuan.core.narrative;

import io.juesuan.core.report.Fact;
import io.juesuan.core.report.TextSlot;
import java.math.BigDecimal;
import java.util.Optional;

/** The year-over-year clause: increase, decrease, flat, from zero, or last year not entered. */
final class Changes {
  private Changes() {}

  static Fragment yearOverYear(
      WritingContext c, String subjectKey, String current, Fact prior, TextSlot reason) {
    String priorRef = "fact:" + prior.key();
    Optional<BigDecimal> priorValue = c.cite.value(priorRef);
    Fragment subject = Fragment.of(c.text(subjectKey));
    if (priorValue.isEmpty()) {
      return c.fill(
          "change.missing", "prior", c.priorYear(), "pending", c.cite.pending(prior.label()));
    }
    String diff = "diff(" + current + ";" + priorRef + ")";
    if (c.cite.sign(diff) == 0) {
      return c.fill("change.flat", "prior", c.priorYear(), "subject", subject);
    }
    Fragment dir = c.cite.direction(diff, "word.increase", "word.decrease");
    Fragment amount = c.cite.amount("abs(" + diff + ")");
    if (priorValue.get().signum() == 0) {
      return c.fill(
          "change.fromZero",
          "prior",
          c.priorYear(),
          "subject",
          subject,
          "dir",
          dir,
          "diff",
          amount,
          "reason",
          c.cite.text(reason));
    }
    return c.fill(
        "change.moved",
        "prior",
        c.priorYear(),
        "subject",
        subject,
        "dir",
        dir,
        "diff",
        amount,
        "trend",
        c.cite.direction(diff, "word.growth", "word.decline"),
        "rate",
        c.cite.percent("abs(growth(" + current + ";" + priorRef + "))"),
        "reason",
        c.cite.text(reason));
  }
}
