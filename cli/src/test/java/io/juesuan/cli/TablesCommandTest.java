package io.juesuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.testkit.SampleReports;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TablesCommandTest {

  static Map<String, BigDecimal> cells(String csv) {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    csv.lines()
        .skip(1)
        .forEach(
            l -> {
              int last = l.lastIndexOf(',');
              m.put(l.substring(0, last), new BigDecimal(l.substring(last + 1)));
            });
    return m;
  }

  @Test
  @DisplayName(
      "the example reproduces every cell printed in the seed's 01–06表 within 0.01 万元; 07/08 empty")
  void reproducesTheSeedTables() {
    CliRun run = CliRun.of("tables", SampleReports.exampleDir().toString(), "--format", "csv");
    assertThat(run.exit()).isZero();
    Map<String, BigDecimal> derived = cells(run.out());
    Map<String, BigDecimal> printed = cells(SampleReports.seedPrintedCellsCsv());
    assertThat(printed).hasSize(213);
    printed.forEach(
        (cell, value) -> {
          assertThat(derived).as("cell %s", cell).containsKey(cell);
          assertThat(derived.get(cell).subtract(value).abs())
              .as("cell %s", cell)
              .isLessThanOrEqualTo(new BigDecimal("0.01"));
        });
    long exact =
        printed.entrySet().stream()
            .filter(e -> e.getValue().compareTo(derived.get(e.getKey())) == 0)
            .count();
    assertThat(exact).isEqualTo(210);
    assertThat(derived.keySet()).noneMatch(k -> k.startsWith("07,") || k.startsWith("08,"));
    assertThat(derived.keySet())
        .filteredOn(k -> k.compareTo("07") < 0)
        .allMatch(printed::containsKey);
  }

  @Test
  void textFormatIsReadable() {
    CliRun run = CliRun.of("tables", SampleReports.exampleDir().toString(), "--format", "text");
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("2023年度收入支出决算总表    公开01表", "金额单位：万元", "说明：本部门当年无政府性基金预算财政拨款收入支出")
        .containsPattern("27\\s+本年收入合计\\s+990\\.75");
  }
}
