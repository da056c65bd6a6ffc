package io.juesuan.core.narrative;

/** 1 → 一, 12 → 十二, 21 → 二十一 (up to 99): how the report numbers parts, sections and terms. */
final class ChineseNumerals {
  private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

  private ChineseNumerals() {}

  static String of(int n) {
    if (n < 1 || n > 99) {
      throw new IllegalArgumentException("编号应为1至99: " + n);
    }
    if (n < 10) {
      return DIGITS[n];
    }
    return (n / 10 == 1 ? "" : DIGITS[n / 10]) + "十" + DIGITS[n % 10];
  }
}
