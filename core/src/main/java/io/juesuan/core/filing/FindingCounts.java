package io.juesuan.core.filing;

/** How many findings of each severity the last check gave (shown in the review queue). */
public record FindingCounts(int errors, int roundings, int warnings) {
  public static FindingCounts none() {
    return new FindingCounts(0, 0, 0);
  }
}
