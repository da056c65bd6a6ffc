package io.juesuan.core.audit;

import io.juesuan.core.money.Rounding;
import io.juesuan.core.narrative.CitedFigure;
import io.juesuan.core.rules.Location;
import io.juesuan.core.rules.Severity;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Compares a figure the narrative cites with what the tables (or the sentence's own figures) say.
 * An amount 0.01 万元 off is a 尾数差异; a share that rounding the printed terms explains is right, one
 * cut off instead of rounded or one last digit off is a warning, anything else an error.
 */
final class FigureJudge {
  private static final BigDecimal CENT = new BigDecimal("0.01");
  private static final BigDecimal HALF_CENT = new BigDecimal("0.005");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private FigureJudge() {}

  static void amount(
      AuditLog log,
      Severity severity,
      Location where,
      CitedFigure cited,
      BigDecimal expected,
      String what) {
    BigDecimal actual = cited.value().orElseThrow();
    // a figure printed to fewer decimals than the tables may be rounded; one printed more precisely
    // (an amount in 元) may differ from the table's rounded 0.01 万元 by half a cent
    BigDecimal printedTolerance =
        cited.decimals() > 2
            ? HALF_CENT
            : cited.decimals() == 2
                ? BigDecimal.ZERO
                : BigDecimal.ONE.movePointLeft(cited.decimals()).divide(BigDecimal.valueOf(2));
    BigDecimal diff = actual.subtract(expected);
    log.ran("N-AMOUNT");
    if (diff.abs().compareTo(printedTolerance) <= 0) {
      return;
    }
    boolean rounding = diff.abs().compareTo(CENT.add(printedTolerance)) <= 0;
    log.compared(
        "N-AMOUNT",
        rounding ? Severity.ROUNDING_DIFFERENCE : severity,
        where,
        expected.toPlainString(),
        actual.toPlainString(),
        diff,
        "说明中"
            + what
            + "为 "
            + (cited.decimals() > 2
                ? cited.text() + "（" + actual.toPlainString() + " 万元）"
                : actual.toPlainString() + " 万元")
            + "，表中为 "
            + expected.toPlainString()
            + " 万元"
            + (rounding ? "（尾数差异）" : "，应改为 " + expected.toPlainString() + " 万元"));
  }

  /**
   * A printed percentage against part/whole, each term uncertain by {@code slack} (0.005 for
   * figures printed to 0.01).
   */
  static void percent(
      AuditLog log,
      String rule,
      Location where,
      CitedFigure cited,
      BigDecimal part,
      BigDecimal whole,
      BigDecimal slack,
      String what) {
    log.ran(rule);
    BigDecimal printed = cited.value().orElseThrow();
    int d = cited.decimals();
    if (whole.signum() == 0) {
      if (printed.signum() != 0 || part.signum() != 0) {
        log.add(rule, Severity.WARNING, where, what + "的基数为零，比率无意义，不应写作 " + cited.text());
      }
      return;
    }
    BigDecimal exact = ratio(part, whole);
    BigDecimal lo = ratio(part.abs().subtract(slack).max(BigDecimal.ZERO), whole.abs().add(slack));
    BigDecimal hi =
        whole.abs().compareTo(slack) > 0
            ? ratio(part.abs().add(slack), whole.abs().subtract(slack))
            : exact;
    BigDecimal p = printed.abs();
    if (Rounding.printed(lo, d).compareTo(p) <= 0 && p.compareTo(Rounding.printed(hi, d)) <= 0) {
      return;
    }
    BigDecimal expected = Rounding.printed(exact.abs(), d);
    boolean truncated = Rounding.truncated(exact.abs(), d).compareTo(p) == 0;
    boolean lastDigit =
        p.subtract(exact.abs()).abs().compareTo(BigDecimal.ONE.movePointLeft(d)) < 0;
    Severity s = truncated || lastDigit ? Severity.WARNING : Severity.ERROR;
    log.compared(
        rule,
        s,
        where,
        expected.toPlainString() + "%",
        printed.toPlainString() + "%",
        printed.abs().subtract(expected),
        what
            + "应为 "
            + expected.toPlainString()
            + "%（"
            + part.toPlainString()
            + "÷"
            + whole.toPlainString()
            + "），说明中写作 "
            + cited.text()
            + (truncated ? "（截尾而未四舍五入）" : ""));
  }

  /**
   * Half a unit of the last printed decimal: how far a printed figure may be from the exact one.
   */
  static BigDecimal slack(int decimals) {
    return decimals >= 2
        ? HALF_CENT
        : BigDecimal.ONE.movePointLeft(decimals).divide(BigDecimal.valueOf(2));
  }

  static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
    return part.multiply(HUNDRED).divide(whole, MathContext.DECIMAL64);
  }
}
