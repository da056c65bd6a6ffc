package io.juesuan.core.filing;

import io.juesuan.core.report.TextFields;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The field keys of a department-year's sheet ({@link FactSheet}) as forms and the API send them:
 * which keys are editable, and the lists whose rows are added and deleted one by one. Adapters ask
 * here instead of matching key strings themselves.
 */
public final class FieldKeys {
  private FieldKeys() {}

  /**
   * The first segments of the keys of fields that repeat per code or per row; single-valued fields
   * are in {@link Fields}.
   */
  private static final List<String> PER_CODE_OR_ROW =
      List.of(
          "item.",
          "economic.",
          "categoryUse.",
          "itemReason.",
          "unit.",
          "duty.",
          "keyWork.",
          "glossary.",
          "project.",
          "goal.");

  /** A row list: its Chinese name and the part of the filing form it is edited in. */
  public record RowList(String label, String section) {}

  private static final Map<String, RowList> LISTS =
      Map.of(
          "unit", new RowList("单位", "organisation"),
          "duty", new RowList("主要职责", "organisation"),
          "project", new RowList("绩效自评项目", "evaluation"),
          "goal", new RowList("绩效目标", "evaluation"),
          "keyWork", new RowList("重点工作", "key-work"),
          "glossary", new RowList("名词解释", "key-work"));

  private static final RowList INDICATOR = new RowList("绩效指标", "evaluation");

  /**
   * The form key of a text field named as a dataset file names it ("reasons.total" → {@code
   * text.reasons.total}); empty for other fields.
   */
  public static Optional<String> textKey(String sourceField) {
    return TextFields.installed().byKey(sourceField).map(f -> "text." + f.key());
  }

  /** Whether a key names a field a filer may change (forms send other parameters too). */
  public static boolean editable(String key) {
    String k = canonical(key);
    return Fields.installed().byKey(k).map(Field::editable).orElse(false)
        || PER_CODE_OR_ROW.stream().anyMatch(k::startsWith);
  }

  /**
   * Old spellings of key prefixes, still accepted from forms, uploaded files and the trail: the
   * forms once wrote {@code dept.name} where the files write {@code department.name}, and the
   * files' list names are plural.
   */
  private static final Map<String, String> ALIASES =
      Map.of(
          "dept.", "department.", "categoryUses.", "categoryUse.", "itemReasons.", "itemReason.");

  /** The one spelling of a field key ("dept.shortName" → "department.shortName"). */
  public static String canonical(String key) {
    for (Map.Entry<String, String> a : ALIASES.entrySet()) {
      if (key.startsWith(a.getKey())) {
        return a.getValue() + key.substring(a.getKey().length());
      }
    }
    return key;
  }

  /** The list a row key or list name belongs to ("unit", "project.2", "goal.1.indicator.3"). */
  public static Optional<RowList> rowList(String key) {
    if (key.matches("goal\\.\\d+\\.indicator.*")) {
      return Optional.of(INDICATOR);
    }
    int dot = key.indexOf('.');
    return Optional.ofNullable(LISTS.get(dot < 0 ? key : key.substring(0, dot)));
  }
}
