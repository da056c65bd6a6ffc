package io.juesuan.web.filing;

import io.juesuan.core.filing.FieldKeys;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/** What a filing form posted: the field edits and a new row's fields (the fields are in core). */
final class FormGroups {
  private FormGroups() {}

  /** The fields of an "添加" form ({@code new.name} → {@code name}). */
  static Map<String, String> newRow(MultiValueMap<String, String> form) {
    Map<String, String> fields = new LinkedHashMap<>();
    form.forEach(
        (k, v) -> {
          if (k.startsWith("new.") && !v.isEmpty()) {
            fields.put(k.substring(4), v.get(0));
          }
        });
    return fields;
  }

  /** The form section a list ("unit", "goal.1.indicator", "project.2") is edited in. */
  static String rowSection(String list) {
    return FieldKeys.rowList(list).map(FieldKeys.RowList::section).orElse("");
  }

  /** The Chinese name of the list a row belongs to, for messages. */
  static String rowListLabel(String list) {
    return FieldKeys.rowList(list).map(FieldKeys.RowList::label).orElse("行");
  }

  /** The editable fields a form sent (field key → first value). */
  static Map<String, String> edits(MultiValueMap<String, String> form) {
    Map<String, String> edits = new LinkedHashMap<>();
    form.forEach(
        (k, v) -> {
          if (FieldKeys.editable(k) && !v.isEmpty()) {
            edits.put(k, v.get(0));
          }
        });
    return edits;
  }
}
