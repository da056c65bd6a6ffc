package io.juesuan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.audit.ReportAuditor;
import io.juesuan.core.rules.CheckResult;
import io.juesuan.testkit.SeedReportText;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wordings real reports use for the seed's statements (较上年/比上年度/同比, 增幅, 占比/比重, "％", "1,093.15",
 * amounts in 元, 持平, headings "（一）"/"(一)"/"一."/"1."), checked against the seed's tables: each
 * recognised figure checked right (a wrong figure reported, a right one not), a wording not read
 * listed in the coverage, never an error.
 */
class NarrativePhrasingTest {
  private static final String TABLES =
      SeedReportText.text().substring(0, SeedReportText.text().indexOf("第三部分 中国共产党"));

  static Stream<Arguments> phrasings() {
    return Stream.of(
        // 01表 总计 990.75; change 0.67 → 0.07%
        ok("一、收入支出决算总体情况说明", "2023年度收、支总计990.75万元，较上年增加0.67万元，增长0.07%。"),
        ok("一、收入支出决算总体情况", "2023年度收入支出总计990.75万元，比上年度增加0.67万元，同比增长0.07%。"),
        ok("一.收入支出决算总体情况说明", "本年收入总计990.75万元，与上年相比增加0.67万元，增幅0.07％。"),
        ok("1.收入支出决算总体情况说明", "2023年度收、支总计9,907,500.00元。"),
        ok("一、2023年度收入支出决算总体情况说明", "收、支总计990.75万元，与上年持平。"),
        bad("一、收入支出决算总体情况说明", "2023年度收、支总计990.75万元，较上年增加0.67万元，增幅0.7%。", "N-GROWTH error 0.7%"),
        bad("一、收入支出决算总体情况说明", "2023年度收、支总计9907000元。", "N-AMOUNT error 990.7000"),
        bad("一、收入支出决算总体情况说明", "2023年度收、支总计0.099亿元。", "N-AMOUNT error 990"),
        ok("一、收入支出决算总体情况说明", "2023年度收、支总计9907468元。"),
        // 收入 990.75, 财政拨款 990.24 → 99.95%
        ok("二、收入决算情况说明", "本年收入合计990.75万元，其中：财政拨款收入990.24万元，占比99.95%。"),
        ok("二、收入决算情况说明", "收入合计990.75万元。其中财政拨款收入990.24万元，占本年收入合计的比重为99.95％。"),
        bad("二、收入决算情况说明", "其中：财政拨款收入990.24万元，占本年收入的比重为99.59%。", "N-SHARE error 99.59%"),
        bad("二、收入决算情况说明", "收入合计1,090.75万元。", "N-AMOUNT error 1090.75"),
        // 03表 基本 866.15 / 990.75 = 87.42%
        ok("三、支出决算情况说明", "本年支出合计990.75万元，其中：基本支出866.15万元，占87.42％；项目支出124.59万元，占12.58%。"),
        bad("三、支出决算情况说明", "其中：基本支出866.15万元，占本年支出合计的比例为78.42%。", "N-SHARE error 78.42%"),
        // 05表 990.24, 年初预算 1093.15 → 90.59%
        ok("（三）一般公共预算财政拨款支出决算具体情况", "年初预算为1,093.15万元，支出决算为990.24万元，完成年初预算的90.59%，决算数小于年初预算数。"),
        ok(
            "(三)一般公共预算财政拨款支出决算具体情况",
            "年初预算为1,093.15万元，支出决算为990.24万元，为年初预算的90.59%。决算数低于预算数的主要原因是压减经费。"),
        bad(
            "（三）一般公共预算财政拨款支出决算具体情况",
            "年初预算为1,093.15万元，支出决算为990.24万元，预算执行率95.59%。",
            "N-RATE error 95.59%"),
        bad(
            "（三）一般公共预算财政拨款支出决算具体情况",
            "年初预算为1,093.15万元，支出决算为990.24万元，决算数与年初预算数持平。",
            "N-DIRECTION error 持平"),
        ok("（三）一般公共预算财政拨款支出决算具体情况", "年初预算为87.08万元，支出决算为87.08万元，完成年初预算的100%，决算数同预算数持平。"),
        // 机关运行经费 of a department with 事业运行: at most 公用经费 28.09
        ok("十、机关运行经费支出说明", "本年度机关运行经费支出20.00万元，比上年减少1.00万元，下降4.76%。"),
        bad("十、机关运行经费支出说明", "本年度机关运行经费支出38.09万元。", "N-AMOUNT warning 38.09"),
        // not read: listed in the coverage, no finding
        unread("二、收入决算情况说明", "财政拨款收入990.24万元，在收入中居首位，达到了九成以上，约为99.9%。"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("phrasings")
  void eachPhrasingIsCheckedRightOrListedAsNotRead(
      String heading, String sentence, List<String> expected, boolean unread) {
    CheckResult r =
        new ReportAuditor()
            .audit(
                TextImporter.read(
                    "phrasing.txt", TABLES + "\n第三部分 情况说明\n" + heading + "\n" + sentence + "\n"));
    List<String> found =
        r.findings().stream()
            .filter(f -> f.rule().value().startsWith("N-"))
            .map(f -> f.rule() + " " + f.severity().code() + " " + f.actual().orElse(""))
            .toList();
    assertThat(found).as(sentence).containsExactlyInAnyOrderElementsOf(expected);
    if (unread) {
      assertThat(r.skipped()).anyMatch(s -> s.reason().contains("未核对"));
    }
  }

  private static Arguments ok(String heading, String sentence) {
    return Arguments.of(heading, sentence, List.of(), false);
  }

  private static Arguments bad(String heading, String sentence, String finding) {
    return Arguments.of(heading, sentence, List.of(finding), false);
  }

  private static Arguments unread(String heading, String sentence) {
    return Arguments.of(heading, sentence, List.of(), true);
  }
}
