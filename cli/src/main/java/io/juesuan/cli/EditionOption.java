package io.juesuan.cli;

import io.juesuan.core.edition.Edition;
import io.juesuan.core.edition.EditionNotFoundException;
import io.juesuan.core.edition.Editions;
import io.juesuan.core.report.FinalAccounts;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --edition}: the edition (版本) to check or print in; by default the one the dataset names or
 * its region and year give. Shared by the commands as a picocli mixin.
 */
final class EditionOption {
  @Option(
      names = "--edition",
      paramLabel = "<版本>",
      description = {
        "版本（如 shanghai-2024；./juesuan editions 列出全部），默认按数据的地区和年度选择",
        "edition (./juesuan editions lists them); by default from the dataset's region and year"
      })
  String edition;

  Optional<String> named() {
    return Optional.ofNullable(edition).filter(e -> !e.isBlank());
  }

  /** The edition for a dataset: the option, else the dataset's own choice. */
  Edition forAccounts(FinalAccounts accounts) {
    return named().isPresent()
        ? Editions.installed()
            .choose(named(), accounts.department().region(), accounts.fiscalYear())
        : Editions.installed().forAccounts(accounts);
  }

  /**
   * The edition for input without a year of its own (a cells CSV, the rule list): the option, else
   * the edition of {@code year} (and {@code region}); neither given is an error listing the
   * editions.
   */
  Edition forYear(Optional<Integer> year, String region, String what) {
    if (named().isPresent()) {
      return Editions.installed().get(named().get());
    }
    if (year.isEmpty()) {
      throw new EditionNotFoundException(
          what + "不带年度，请用 --edition（或 --year、--region）指定版本。" + Editions.installed().available());
    }
    return Editions.installed().choose(Optional.empty(), region, year.get());
  }
}
