package io.juesuan.core.performance;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 指标值 — a target ("≥25件", "不少于20期", "100%", "0次", "根据实际情况") or an actual value ("36件", "4000余人次").
 * Numeric targets can be judged automatically; qualitative ones cannot.
 */
public record TargetValue(
    String text, Optional<Comparison> comparison, Optional<BigDecimal> number, String unit) {

  /** How an actual value must relate to the target number. */
  public enum Comparison {
    AT_LEAST,
    MORE_THAN,
    AT_MOST,
    LESS_THAN,
    EQUAL
  }

  private static final Pattern NUMBER =
      Pattern.compile(
          "^(≥|>=|＞=|≤|<=|＜=|>|＜|<|＞|=|＝|不少于|不低于|不超过|不高于|大于等于|小于等于|大于|小于|达到|达|约)?\\s*(\\d+(?:\\.\\d+)?)\\s*(余|多)?\\s*(.*)$");

  public TargetValue {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(unit, "unit");
  }

  public static TargetValue parse(String raw) {
    String text = raw.trim();
    String compact = text.replaceAll("\\s+", "");
    Matcher m = NUMBER.matcher(compact);
    if (!m.matches() || m.group(4).length() > 4) {
      return new TargetValue(text, Optional.empty(), Optional.empty(), "");
    }
    BigDecimal n = new BigDecimal(m.group(2));
    String unit = m.group(4);
    Comparison c = comparisonOf(m.group(1) == null ? "" : m.group(1), n);
    return new TargetValue(text, Optional.of(c), Optional.of(n), unit);
  }

  private static Comparison comparisonOf(String op, BigDecimal n) {
    return switch (op) {
      case "≥", ">=", "＞=", "不少于", "不低于", "大于等于", "达到", "达" -> Comparison.AT_LEAST;
      case ">", "＞", "大于" -> Comparison.MORE_THAN;
      case "≤", "<=", "＜=", "不超过", "不高于", "小于等于" -> Comparison.AT_MOST;
      case "<", "＜", "小于" -> Comparison.LESS_THAN;
      case "=", "＝" -> Comparison.EQUAL;
      default -> n.signum() == 0 ? Comparison.AT_MOST : Comparison.AT_LEAST;
    };
  }

  public boolean isNumeric() {
    return number.isPresent();
  }

  /** Judges an actual value against this target. */
  public Judgement judge(TargetValue actual) {
    if (comparison.isEmpty() || actual.number.isEmpty()) {
      return Judgement.NOT_JUDGEABLE;
    }
    if (!unit.isEmpty() && !actual.unit.isEmpty() && !unit.equals(actual.unit)) {
      return Judgement.NOT_JUDGEABLE;
    }
    int cmp = actual.number.get().compareTo(number.get());
    boolean met =
        switch (comparison.get()) {
          case AT_LEAST -> cmp >= 0;
          case MORE_THAN -> cmp > 0;
          case AT_MOST -> cmp <= 0;
          case LESS_THAN -> cmp < 0;
          case EQUAL -> cmp == 0;
        };
    return met ? Judgement.MET : Judgement.NOT_MET;
  }
}
