package io.juesuan.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.edition.Editions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidueCheckTest {
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "R-CHOICE|比2022年度决算数增加(减少)10万元",
        "R-CHOICE|支出决算数大(小)于年初预算数",
        "R-CHOICE|下降（增长）27.78%",
        "R-BLANK-NUMBER|增加0.万元",
        "R-REQUEST|(请简要说明绩效评价工作情况)",
        "R-IF|(如果本部门没有政府性基金预算财政拨款收入，则写…)",
        "R-XX|公开《2023 年度 xx 部门(单位)整体绩效自评表》",
        "R-NOTE|(注意事项：“三公 ”经费为零的部门单位，要做文字性描述)",
        "R-EXPLAIN|(说明：1.机关运行经费支出口径应在专业名词解释中予以说明)",
        "R-FILL|(具体增减原因由部门单位根据实际情况填列)",
        "R-UNIT-CHOICE|我部门 (单位)组织对项目开展绩效自评",
        "R-ELLIPSIS|1.一般公共服务(类)2.…",
        "R-EMPTY-FILL|来访对象 。国内公务接待支出0万元",
        "R-PLACEHOLDER|收入支出总计增加XXX万元",
      })
  void recognisesTemplateResidue(String rule, String text) {
    assertThat(AuditData.of(Editions.installed().get("national-2023")).residue)
        .filteredOn(r -> r.id().equals(rule))
        .singleElement()
        .satisfies(r -> assertThat(r.pattern().matcher(text).find()).isTrue());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"收入合计990.75万元，比上年增加0.67万元。", "本部门当年无政府性基金预算财政拨款收入支出", "公务用车保有量7辆（含应急车辆2台）"})
  void leavesOrdinaryTextAlone(String text) {
    assertThat(AuditData.of(Editions.installed().get("national-2023")).residue)
        .noneMatch(r -> r.pattern().matcher(text).find());
  }

  /**
   * Every rule's {@code needs} (the strings a text must hold to be searched) is true of every
   * match: checked on the examples above and on 50,000 random texts built from the pieces the
   * patterns are made of, so a text is never skipped that the pattern would have matched.
   */
  @org.junit.jupiter.api.Test
  void aRuleIsSkippedOnlyWhereItCannotMatch() {
    String[] pieces = {
      "(",
      ")",
      "（",
      "）",
      "请",
      "如果",
      "说明",
      "：",
      ":",
      "注意事项",
      "增加",
      "减少",
      "降低",
      "下降",
      "增长",
      "大",
      "小",
      "于",
      "万元",
      ".",
      "0",
      "12",
      "3",
      "、",
      "…",
      "x",
      "X",
      "×",
      "部门",
      "单位",
      " ",
      "来访对象",
      "。",
      "，",
      "【待填写",
      "】",
      "%",
      "个",
      "辆",
      "人次",
      "根据实际情况填列",
      "请依据",
      "逐项解释",
      "计算口径为",
      "a",
      "的",
      "\n"
    };
    java.util.Random random = new java.util.Random(13);
    java.util.List<String> texts =
        new java.util.ArrayList<>(
            java.util.List.of(
                "比2022年度决算数增加(减少)10万元",
                "增加0.万元",
                "公开《2023 年度 xx 部门(单位)整体绩效自评表》",
                "1.一般公共服务(类)2.…",
                "收入支出总计增加XXX万元"));
    for (int i = 0; i < 50_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(12); k >= 0; k--) {
        b.append(pieces[random.nextInt(pieces.length)].replace("\\n", "\n"));
      }
      texts.add(b.toString());
    }
    int matched = 0;
    for (AuditData.Residue r : AuditData.of(Editions.installed().get("national-2023")).residue) {
      assertThat(r.needs()).as(r.id()).isNotEmpty();
      for (String text : texts) {
        if (r.pattern().matcher(text).find()) {
          matched++;
          assertThat(r.mayMatch(text)).as(r.id() + " on “" + text + "”").isTrue();
        }
      }
    }
    assertThat(matched).as("the random texts reach the patterns").isGreaterThan(1_000);
  }
}
