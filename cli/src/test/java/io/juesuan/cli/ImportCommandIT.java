package io.juesuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.money.Amount;
import io.juesuan.core.money.Rounding;
import io.juesuan.core.port.DocumentFormat;
import io.juesuan.core.report.EconomicItem;
import io.juesuan.core.report.Fact;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.FunctionalItem;
import io.juesuan.core.report.ItemMeasure;
import io.juesuan.dataset.Datasets;
import io.juesuan.render.DisclosureRenderer;
import io.juesuan.testkit.SampleDatasets;
import io.juesuan.testkit.SampleReports;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * import and new-year: a rendered report or a workbook back to a dataset, and next year from it.
 */
class ImportCommandIT {
  @TempDir Path tmp;

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of("caidian-2023", (Supplier<FinalAccounts>) SampleDatasets::caidian2023),
        Arguments.of(
            "district-school-2023", (Supplier<FinalAccounts>) SampleDatasets::districtSchool2023),
        Arguments.of(
            "shanghai-putuo-2024", (Supplier<FinalAccounts>) SampleDatasets::shanghaiPutuo2024));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void renderedPdfGivesTheExamplesFiguresAtTheCent(String name, Supplier<FinalAccounts> example)
      throws IOException {
    FinalAccounts expected = example.get();
    Path pdf = tmp.resolve(name + ".pdf");
    Files.write(pdf, new DisclosureRenderer().render(expected, DocumentFormat.PDF));
    Path out = tmp.resolve(name);
    CliRun run = CliRun.of("import", pdf.toString(), "--out", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("金额单位 万元", "未能恢复");
    FinalAccounts imported = Datasets.read(out, name);
    assertThat(imported.edition())
        .contains(io.juesuan.core.edition.Editions.installed().forAccounts(expected).id());
    assertThat(items(imported)).isEqualTo(items(expected));
    assertThat(economic(imported)).isEqualTo(economic(expected));
    for (Fact f : Fact.values()) {
      if (f.key().startsWith("threePublic.") && !f.key().endsWith("receptionForeign")) {
        assertThat(wan(imported.facts().factOrZero(f)))
            .as(f.label())
            .isEqualByComparingTo(wan(expected.facts().factOrZero(f)));
      }
    }
    assertThat(CliRun.of("validate", out.toString()).exit()).isNotEqualTo(2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  @org.junit.jupiter.api.DisplayName("九张公开表的工作簿（TABLES.xlsx）导入：与由 PDF 导入的数字相同")
  void tablesWorkbookGivesTheExamplesFiguresAtTheCent(String name, Supplier<FinalAccounts> example)
      throws IOException {
    FinalAccounts expected = example.get();
    Path xlsx = tmp.resolve(name + "-tables.xlsx");
    Files.write(xlsx, new DisclosureRenderer().render(expected, DocumentFormat.XLSX));
    Path out = tmp.resolve(name + "-from-tables");
    CliRun run = CliRun.of("import", xlsx.toString(), "--out", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("金额单位 万元", "未能恢复");
    FinalAccounts imported = Datasets.read(out, name);
    assertThat(items(imported)).isEqualTo(items(expected));
    assertThat(economic(imported)).isEqualTo(economic(expected));
  }

  @Test
  void workbookInAndOut() {
    Path xlsx = tmp.resolve("caidian.xlsx");
    CliRun toWorkbook =
        CliRun.of("template", SampleReports.exampleDir().toString(), "--out", xlsx.toString());
    assertThat(toWorkbook.exit()).isZero();
    Path dir = tmp.resolve("from-workbook");
    assertThat(CliRun.of("import", xlsx.toString(), "--out", dir.toString()).exit()).isZero();
    assertThat(items(Datasets.read(dir, "dir"))).isEqualTo(items(SampleDatasets.caidian2023()));
    Path back = tmp.resolve("back.xlsx");
    assertThat(CliRun.of("import", dir.toString(), "--out", back.toString()).exit()).isZero();
    assertThat(items(Datasets.read(back, "back"))).isEqualTo(items(SampleDatasets.caidian2023()));
  }

  @Test
  void notAReportIsRefusedByName() {
    CliRun run = CliRun.of("import", tmp.resolve("x.doc").toString(), "--out", tmp.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("x.doc", "不存在");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void newYearValidatesWithOnlyWhatIsNotYetEntered(String name, Supplier<FinalAccounts> example) {
    FinalAccounts last = example.get();
    int year = last.fiscalYear() + 1;
    Path out = tmp.resolve(name + "-next");
    CliRun run =
        CliRun.of(
            "new-year",
            SampleReports.repositoryRoot().resolve("examples/" + name).toString(),
            "--year",
            Integer.toString(year),
            "--out",
            out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    FinalAccounts next = Datasets.read(out, name);
    assertThat(next.fiscalYear()).isEqualTo(year);
    assertThat(next.department()).isEqualTo(last.department());
    assertThat(next.facts().items()).allMatch(i -> i.amounts().isEmpty());
    assertThat(next.facts().items()).hasSameSizeAs(last.facts().items());
    assertThat(next.facts().fact(Fact.PRIOR_TOTAL)).isPresent();
    CliRun check = CliRun.of("validate", out.toString());
    assertThat(check.exit()).as(check.out()).isZero();
    assertThat(check.out()).doesNotContain("[错误]");
    check
        .out()
        .lines()
        .filter(l -> l.startsWith("[警告]") || l.startsWith("[提示]"))
        .forEach(l -> assertThat(l).containsAnyOf("R-TEXT", "R-THREE-PUBLIC-BUDGET", "L-OPCOST"));
  }

  /** Every measure of every 项, in 万元 to the cent. */
  private static Map<String, BigDecimal> items(FinalAccounts a) {
    Map<String, BigDecimal> out = new TreeMap<>();
    for (FunctionalItem i : a.facts().items()) {
      for (ItemMeasure m : ItemMeasure.values()) {
        if (m.key().endsWith("initialBudget") || m.key().endsWith("opening")) {
          continue;
        }
        BigDecimal v = wan(i.amount(m));
        if (v.signum() != 0) {
          out.put(i.code().value() + " " + m.key(), v);
        }
      }
    }
    return out;
  }

  private static Map<String, BigDecimal> economic(FinalAccounts a) {
    Map<String, Amount> sums = new TreeMap<>();
    for (EconomicItem e : a.facts().economicItems()) {
      sums.merge(e.code().value(), e.amount(), Amount::plus);
    }
    Map<String, BigDecimal> out = new TreeMap<>();
    sums.forEach(
        (code, sum) -> {
          if (wan(sum).signum() != 0) {
            out.put(code, wan(sum));
          }
        });
    return out;
  }

  private static BigDecimal wan(Amount a) {
    return Rounding.toWanYuan(a).value().stripTrailingZeros();
  }
}
