package io.juesuan.core.audit;

import io.juesuan.core.edition.Edition;
import io.juesuan.core.edition.EditionNotFoundException;
import io.juesuan.core.edition.Editions;
import java.util.Comparator;
import java.util.Optional;

/**
 * The edition a published report is checked in: the one its reader recognised (format and region)
 * for the report's year. Without an edition for that year the nearest one serving the same region
 * is taken and the audit says so.
 */
public record ReportEdition(Edition edition, Optional<String> note) {

  public static ReportEdition of(PublishedReport report, Editions editions) {
    Optional<Edition> read = editions.find(report.layout());
    Optional<Integer> year = report.fiscalYear();
    if (read.isPresent() && (year.isEmpty() || read.get().fiscalYear() == year.get())) {
      return new ReportEdition(read.get(), Optional.empty());
    }
    String region = read.map(e -> e.info().region()).orElse("");
    int y = year.orElseGet(() -> read.map(Edition::fiscalYear).orElse(latest(editions)));
    try {
      return new ReportEdition(editions.choose(Optional.empty(), region, y), Optional.empty());
    } catch (EditionNotFoundException e) {
      Edition nearest =
          editions.all().stream()
              .filter(c -> c.info().serves(region))
              .min(
                  Comparator.comparingInt((Edition c) -> Math.abs(c.fiscalYear() - y))
                      .thenComparing(c -> c.info().region().isEmpty() ? 1 : 0))
              .orElseThrow(() -> e);
      return new ReportEdition(
          nearest,
          Optional.of(
              "没有适用于"
                  + y
                  + "年度的版本，按最接近的版本 "
                  + nearest.info().label()
                  + " 的表样、科目和规则核对；该年度表样或科目的变化可能无法识别"));
    }
  }

  private static int latest(Editions editions) {
    return editions.all().stream().mapToInt(Edition::fiscalYear).max().orElse(2023);
  }
}
