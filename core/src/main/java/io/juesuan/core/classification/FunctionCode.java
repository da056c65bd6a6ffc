package io.juesuan.core.classification;

import java.util.Objects;
import java.util.Optional;

/** 支出功能分类科目编码 — 类 (3 digits), 款 (5) or 项 (7), in the concatenated form "2013601". */
public record FunctionCode(String value) implements Comparable<FunctionCode> {

  public FunctionCode {
    Objects.requireNonNull(value, "value");
    if (!isValid(value)) {
      throw new IllegalArgumentException("功能分类科目编码应为3、5或7位数字: " + value);
    }
  }

  public static FunctionCode of(String value) {
    return new FunctionCode(value);
  }

  /** Accepts "2013601" and the spaced form "201 36 01". */
  public static Optional<FunctionCode> parse(String text) {
    String t = text.replaceAll("\\s+", "");
    return isValid(t) ? Optional.of(new FunctionCode(t)) : Optional.empty();
  }

  public static boolean isValid(String text) {
    int n = text.length();
    return (n == 3 || n == 5 || n == 7) && asciiDigits(text);
  }

  /** Whether every character is 0–9 (what {@code \\d} matches), without a regular expression. */
  static boolean asciiDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  public ClassificationLevel level() {
    return ClassificationLevel.ofLength(value.length()).orElseThrow();
  }

  public Optional<FunctionCode> parent() {
    return switch (level()) {
      case CATEGORY -> Optional.empty();
      case SECTION -> Optional.of(new FunctionCode(value.substring(0, 3)));
      case ITEM -> Optional.of(new FunctionCode(value.substring(0, 5)));
    };
  }

  public FunctionCode category() {
    return new FunctionCode(value.substring(0, 3));
  }

  /** Whether this code is {@code other} or lies under it. */
  public boolean isWithin(FunctionCode other) {
    return value.startsWith(other.value);
  }

  /** Codes sort 类 → 款 → 项 in pre-order, as the tables print them. */
  @Override
  public int compareTo(FunctionCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
