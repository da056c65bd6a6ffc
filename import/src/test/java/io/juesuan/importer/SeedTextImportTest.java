package io.juesuan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.audit.PublishedReport;
import io.juesuan.core.audit.TablePresence;
import io.juesuan.core.table.TableId;
import io.juesuan.dataset.CellsCsv;
import io.juesuan.testkit.SeedReportText;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SeedTextImportTest {
  private static final PublishedReport SEED =
      TextImporter.read("caidian-2023.txt", SeedReportText.text());

  @Test
  @DisplayName("种子报告：01–06表印出的单元格全部读对（与手工转录逐格比较）")
  void readsEveryPrintedCellOfTables01To06Exactly() {
    Set<String> expected = lines(SeedReportText.printedCellsCsv());
    Set<String> extracted = new TreeSet<>();
    for (String l : lines(CellsCsv.write(SEED.tables()))) {
      if (l.compareTo("07") < 0) {
        extracted.add(l);
      }
    }
    Set<String> right = new TreeSet<>(expected);
    right.retainAll(extracted);
    double share = 100.0 * right.size() / expected.size();
    System.out.printf(
        "seed extraction: %d of %d printed cells exactly right (%.1f%%), %d extra%n",
        right.size(), expected.size(), share, extracted.size() - right.size());
    assertThat(extracted).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  @DisplayName("种子报告：09表有标题无数字，07、08表有“本部门当年无…”说明")
  void recordsWhichTablesHaveTitlesAndFigures() {
    TablePresence t09 = SEED.presence(TableId.of("09")).orElseThrow();
    assertThat(t09.titleFound()).isTrue();
    assertThat(t09.hasFigures()).isFalse();
    assertThat(SEED.presence(TableId.of("07")).orElseThrow().emptyStatement())
        .hasValue("本部门当年无政府性基金预算财政拨款收入支出");
    assertThat(SEED.presence(TableId.of("08")).orElseThrow().emptyStatement())
        .hasValue("本部门当年无国有资本经营预算财政拨款支出");
    assertThat(SEED.tables().has(TableId.of("09"))).isFalse();
  }

  @Test
  void readsDepartmentYearLayoutAndNarrativeFigures() {
    assertThat(SEED.layout()).isEqualTo("hubei-2023");
    assertThat(SEED.fiscalYear()).hasValue(2023);
    assertThat(SEED.department()).hasValue("中国共产党武汉市蔡甸区委员会办公室");
    assertThat(SEED.readFindings()).isEmpty();
    assertThat(SEED.narrative().sections())
        .extracting(s -> s.id())
        .contains("第三部分", "五(三)", "九(二)", "十三");
    var sentence =
        SEED.narrative().sentences().stream()
            .filter(s -> s.text().contains("占75.3%"))
            .findFirst()
            .orElseThrow();
    assertThat(sentence.figures())
        .extracting(f -> f.kind() + ":" + f.text())
        .containsSubsequence("NAME:一般公共服务(类)", "AMOUNT:746.34万元", "PERCENT:75.3%");
  }

  private static Set<String> lines(String csv) {
    List<String> all = Arrays.asList(csv.split("\r?\n"));
    return new TreeSet<>(all.subList(1, all.size()).stream().filter(l -> !l.isBlank()).toList());
  }
}
