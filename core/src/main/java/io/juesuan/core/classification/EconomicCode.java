package io.juesuan.core.classification;

import java.util.Objects;
import java.util.Optional;

/** 部门预算支出经济分类科目编码 — 类 (3 digits, "301") or 款 (5 digits, "30101"). */
public record EconomicCode(String value) implements Comparable<EconomicCode> {

  public EconomicCode {
    Objects.requireNonNull(value, "value");
    if (!isValid(value)) {
      throw new IllegalArgumentException("经济分类科目编码应为3或5位数字: " + value);
    }
  }

  public static EconomicCode of(String value) {
    return new EconomicCode(value);
  }

  public static boolean isValid(String text) {
    int n = text.length();
    return (n == 3 || n == 5) && FunctionCode.asciiDigits(text);
  }

  public ClassificationLevel level() {
    return value.length() == 3 ? ClassificationLevel.CATEGORY : ClassificationLevel.SECTION;
  }

  public EconomicCode category() {
    return new EconomicCode(value.substring(0, 3));
  }

  public Optional<EconomicCode> parent() {
    return value.length() == 3 ? Optional.empty() : Optional.of(category());
  }

  @Override
  public int compareTo(EconomicCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
