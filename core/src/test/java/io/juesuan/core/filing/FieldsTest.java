package io.juesuan.core.filing;

import static io.juesuan.core.Fixtures.aDepartmentYear;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.juesuan.core.report.Count;
import io.juesuan.core.report.Fact;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.TextField;
import io.juesuan.core.report.TextFields;
import io.juesuan.core.report.TextSlot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The field registry: each single-valued field once, read and set through it. */
class FieldsTest {
  final FinalAccounts a =
      aDepartmentYear()
          .item("2013101", "行政运行", "income.generalBudget", "100.00", "expenditure.basic", "100.00")
          .fact("priorYear.total", "12.50")
          .text("reasons.totalChange", "人员增加")
          .build();

  @Test
  void everyTextSlotTheCodeNamesIsRegisteredWithALabelAndAPlaceInTheYaml() {
    for (TextSlot slot : TextSlot.values()) {
      TextField f = slot.field();
      assertThat(f.label()).isNotBlank();
      assertThat(f.yamlFile()).isIn("narrative.yaml", "performance.yaml");
    }
    assertThat(TextFields.installed().all()).hasSizeGreaterThanOrEqualTo(TextSlot.values().length);
  }

  @Test
  void everyFactCountAndTextIsInTheRegistryOnceWithAGroup() {
    Fields fields = Fields.installed();
    for (Fact f : Fact.values()) {
      assertThat(fields.byKey("fact." + f.key()))
          .get()
          .extracting(Field::label)
          .isEqualTo(f.label());
    }
    for (Count c : Count.values()) {
      assertThat(fields.byKey("count." + c.key()))
          .get()
          .extracting(Field::unit)
          .isEqualTo(c.measureWord());
    }
    List<String> groups = fields.groups().stream().map(Fields.Group::id).toList();
    assertThat(fields.all()).allSatisfy(f -> assertThat(groups).contains(f.group()));
    assertThat(fields.all().stream().map(Field::key).distinct().count())
        .isEqualTo(fields.all().size());
  }

  @Test
  void theSheetAndTheEditsGoThroughTheRegistry() {
    Map<String, String> sheet = FactSheet.of(a);
    assertThat(sheet)
        .containsEntry("fact.priorYear.total", "12.50")
        .containsEntry("text.reasons.totalChange", "人员增加")
        .containsEntry("unit", "元");

    FinalAccounts edited =
        FactEdits.apply(
            a,
            Map.of(
                "fact.priorYear.total", "",
                "count.threePublic.vehiclesHeld", "3",
                "text.reasons.totalChange", "业务增加",
                "dept.shortName", "新简称",
                "fillDate", "2024-03-01"));
    assertThat(edited.facts().fact(Fact.PRIOR_TOTAL)).isEmpty();
    assertThat(edited.explanations().text(TextSlot.TOTAL_CHANGE_REASON)).contains("业务增加");
    assertThat(edited.department().shortName()).isEqualTo("新简称");
    assertThat(edited.evaluation().fillDate()).contains("2024-03-01");
    assertThat(edited.fiscalYear()).isEqualTo(a.fiscalYear());
    assertThat(edited.edition()).isEqualTo(a.edition());
  }

  @Test
  void wrongValuesAreCollectedWithTheFieldsChineseNames() {
    assertThatThrownBy(
            () ->
                FactEdits.apply(
                    a,
                    Map.of(
                        "fact.priorYear.total", "十二",
                        "count.threePublic.vehiclesHeld", "-1",
                        "department.shortName", "",
                        "department.name", "别的部门")))
        .isInstanceOf(InvalidEditException.class)
        .hasMessageContaining("「上年收支总计」")
        .hasMessageContaining("不是数字")
        .hasMessageContaining("不是非负整数")
        .hasMessageContaining("「部门简称」不能为空")
        .hasMessageContaining("「部门名称」不可在此修改");
  }

  @Test
  void aTextFieldAddedToARegistryIsInTheSheetTheFormTheEditsAndTheTrail() {
    List<TextField> texts = new ArrayList<>(TextFields.installed().all());
    texts.add(new TextField("notes.extra", "补充说明", "narrative.yaml", "notes.extra"));
    Fields fields = Fields.of(TextFields.of(texts));

    FinalAccounts edited = FactEdits.apply(a, Map.of("text.notes.extra", "补充的文字"), fields);
    assertThat(edited.explanations().text("notes.extra")).contains("补充的文字");
    Map<String, String> sheet = FactSheet.of(edited, fields);
    assertThat(sheet).containsEntry("text.notes.extra", "补充的文字");
    assertThat(fields.form("texts", sheet))
        .anySatisfy(
            f -> {
              assertThat(f.key()).isEqualTo("text.notes.extra");
              assertThat(f.label()).isEqualTo("补充说明");
              assertThat(f.kind()).isEqualTo("text");
              assertThat(f.value()).isEqualTo("补充的文字");
            });
    // The installed registry does not know the field: an edit of it is refused, not dropped.
    assertThatThrownBy(() -> FactEdits.apply(a, Map.of("text.notes.extra", "x")))
        .isInstanceOf(InvalidEditException.class)
        .hasMessageContaining("不是可编辑的字段");
  }
}
