package io.juesuan.core.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.edition.Editions;
import io.juesuan.core.narrative.Section;
import io.juesuan.core.narrative.Sentence;
import io.juesuan.core.report.Count;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Counts and texts the narrative states, in our wording and in a published report's. */
class StatedValuesTest {
  private final StatedValues stated = new StatedValues(Editions.installed().get("hubei-2023"));

  private static Section section(String title, String... sentences) {
    return new Section(
        "", title, Arrays.stream(sentences).map(s -> new Sentence(s, List.of())).toList());
  }

  @Test
  @DisplayName("“三公”的团组、人次、车辆数和各项原因，两种措辞都能读出")
  void threePublicCountsAndReasons() {
    Section ours =
        section(
            "“三公”经费财政拨款支出决算具体情况说明",
            "1.因公出国（境）费全年预算为0.00万元，支出决算为0.00万元，主要原因是无出国任务。",
            "全年因公出国（境）团组2个，累计9人次。",
            "本年度购置（更新）公务用车1辆。",
            "截至2023年12月31日，开支财政拨款的公务用车保有量7辆。",
            "3.公务接待费支出决算为1.00万元，主要原因是接待减少。",
            "其中：外宾接待支出0.00万元，共接待来访团组0个、0人次；国内公务接待支出1.00万元，共接待国内来访团组3个、25人次（不包括陪同人员）。");
    Section printed =
        section(
            "“三公”经费财政拨款支出决算具体情况说明",
            "全年支出涉 及出国 (境)团组 1 个，累计 4 人次。",
            "(2)公务用车运行费10.69万元，比全年预算减少24.31万元，主要原因是本年 度压缩了经费。",
            "其中：外宾接待支出 0 万元。2023年 共接待来访团组 0 个， 0 人次（不包括陪同人 员）。",
            "2023年共接待国内来访团组 5 个， 40 人次（不包括 陪同人员）。");
    StatedValues.Result a = stated.read(Map.of("threePublic", List.of(ours)), List.of(ours));
    assertThat(a.counts())
        .containsEntry(Count.ABROAD_GROUPS, 2)
        .containsEntry(Count.ABROAD_PERSONS, 9)
        .containsEntry(Count.VEHICLES_PURCHASED, 1)
        .containsEntry(Count.VEHICLES_HELD, 7)
        .containsEntry(Count.FOREIGN_RECEPTION_BATCHES, 0)
        .containsEntry(Count.RECEPTION_BATCHES, 3)
        .containsEntry(Count.RECEPTION_PERSONS, 25);
    assertThat(a.texts())
        .containsEntry("reasons.abroad", "无出国任务")
        .containsEntry("reasons.reception", "接待减少");

    StatedValues.Result b = stated.read(Map.of("threePublic", List.of(printed)), List.of(printed));
    assertThat(b.counts())
        .containsEntry(Count.ABROAD_GROUPS, 1)
        .containsEntry(Count.ABROAD_PERSONS, 4)
        .containsEntry(Count.FOREIGN_RECEPTION_PERSONS, 0)
        .containsEntry(Count.RECEPTION_BATCHES, 5)
        .containsEntry(Count.RECEPTION_PERSONS, 40)
        .doesNotContainKey(Count.VEHICLES_HELD);
    assertThat(b.texts()).containsEntry("reasons.vehicleOperation", "本年度压缩了经费");
  }

  @Test
  @DisplayName("绩效文字按小节标题读出，模板提示句不带入")
  void performanceTextsByTitleWithoutTemplateInstructions() {
    Section work =
        section(
            "预算绩效管理工作开展情况",
            "根据预算绩效管理要求，我部门组织对2023年度一般公共预算项目支出全面开展绩效自评，共涉及项目 4 个。",
            "从 绩效评价情况来看，完成会议保障 11 次。",
            "(请简要说明绩效评价工作情况)。");
    Section problems = section("三、存在的问题和原因", "执行率偏低，主要原因是第三方未及时结账。", "(请对存在的问题进行说明)。");
    StatedValues.Result r =
        stated.read(Map.of("performance", List.of(work)), List.of(work, problems));
    assertThat(r.counts()).containsEntry(Count.PROJECTS_EVALUATED, 4);
    assertThat(r.texts())
        .containsEntry("performance.work", "完成会议保障11次")
        .containsEntry("performance.deviationReason", "执行率偏低，主要原因是第三方未及时结账");
  }

  @Test
  @DisplayName("只剩模板选项或提示的原因不算部门写的")
  void templateLeftoversAreNotReasons() {
    Section s = section("“三公”经费财政拨款支出决算具体情况说明", "公务接待费支出决算为0万元，比全年预算增加(减少)0万元，主要原因是(请说明原因)。");
    assertThat(stated.read(Map.of("threePublic", List.of(s)), List.of(s)).texts()).isEmpty();
  }
}
