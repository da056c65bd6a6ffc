package io.juesuan.core.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Conventions every wording resource keeps: no template residue, well-formed placeholders. */
class WordingConventionTest {

  @Test
  @DisplayName("文字模板中没有模板残留（增加(减少)、(请…)、0.万元 …）")
  void noWordingTemplateContainsResidue() {
    for (io.juesuan.core.edition.Edition e : io.juesuan.core.edition.Editions.installed().all()) {
      Wording w = e.wording();
      String year = e.id();
      w.templates()
          .forEach(
              (key, template) -> {
                String withoutPlaceholders = template.replaceAll("\\{[A-Za-z][A-Za-z0-9.]*}", "9");
                assertThat(TemplateResidue.find(withoutPlaceholders))
                    .as(year + " " + key)
                    .isEmpty();
                assertThat(template.replaceAll("\\{[A-Za-z][A-Za-z0-9.]*}", ""))
                    .as(year + " " + key)
                    .doesNotContain("{", "}");
              });
    }
  }

  @Test
  void fillingRequiresEveryPlaceholderAndUsesEveryArgument() {
    Wording w = io.juesuan.core.edition.Editions.installed().get("national-2023").wording();
    assertThatThrownBy(() -> w.fill("overall.total", Map.of()))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () -> w.fill("pending", Map.of("label", Fragment.of("x"), "extra", Fragment.of("y"))))
        .isInstanceOf(IllegalStateException.class);
    assertThat(w.fill("pending", Map.of("label", Fragment.of("原因"))).text()).isEqualTo("【待填写：原因】");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "比2022年度决算数增加(减少) 0.万元。",
        "(请简要说明绩效评价工作情况)",
        "决算数小于（大于）全年预算数",
        "支出决算数大(小)于年初预算数",
        "(如果本部门没有政府性基金预算财政拨款收入",
        "我部门 (单位)组织",
        "2.…",
        "来访对象 。",
        "{amount}万元",
        "2023 年度 xx 部门(单位)"
      })
  void recognisesResidueFromTheSeed(String text) {
    assertThat(TemplateResidue.find(text)).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "比2022年度决算数增加0.16万元。",
        "完成年初预算的90.59%。",
        "（一）一般公共预算财政拨款收入：指…",
        "2.社会保障和就业（类）支出101.34万元"
      })
  void acceptsNormalText(String text) {
    assertThat(TemplateResidue.find(text)).isEmpty();
  }
}
