package io.juesuan.core.audit;

import io.juesuan.core.narrative.CitedFigure;
import io.juesuan.core.rules.Location;
import io.juesuan.core.rules.Severity;
import java.util.List;
import java.util.Optional;

/**
 * A classification name written "…(类)…(款)…(项)" must be a code the report uses, with that code's
 * names (SPEC §5 五: "naming the code's real 类/款/项 names").
 */
final class NameCheck {
  private final ClassificationNames names;
  private final AuditLog log;

  NameCheck(ClassificationNames names, AuditLog log) {
    this.names = names;
    this.log = log;
  }

  /**
   * What a name stands for: a 类 alone (its code), or a detail row (项 code, or the 类 when the rest
   * is wrong).
   */
  record Resolved(Optional<String> category, Optional<String> detail) {
    static final Resolved NONE = new Resolved(Optional.empty(), Optional.empty());
  }

  Resolved check(CitedFigure figure, Location where, String sectionKey) {
    if (names.isEmpty()) {
      log.skip("N-NAME", "说明中的科目名称核对", "没有读到按功能分类列示的表（05、03、02表）");
      return Resolved.NONE;
    }
    List<String> parts = FigureScanner.nameParts(figure.text());
    String cat = parts.get(0);
    String section = parts.get(1);
    String item = parts.get(2);
    log.ran("N-NAME");
    Optional<String> category = names.category(cat);
    if (category.isEmpty()) {
      log.compared(
          "N-NAME",
          Severity.ERROR,
          where,
          "本部门使用的类级科目",
          figure.text(),
          null,
          "“" + cat + "(类)”不是本部门决算表中的类级科目");
      return Resolved.NONE;
    }
    if (section.isEmpty() && item.isEmpty()) {
      return new Resolved(category, Optional.empty());
    }
    Optional<String> code = names.item(category.get(), section, item);
    if (code.isPresent()) {
      return new Resolved(Optional.empty(), code);
    }
    List<String> used = names.usedItems(category.get());
    String written = cat + "(类)" + section + "(款)" + (item.isEmpty() ? "" : item + "(项)");
    log.compared(
        "N-NAME",
        Severity.ERROR,
        where,
        String.join("；", used),
        figure.text(),
        null,
        "科目名称“"
            + written
            + "”与本部门使用的科目不符（"
            + category.get()
            + " "
            + names.name(category.get())
            + " 下本部门使用的是："
            + (used.isEmpty() ? "无项级科目" : String.join("；", used))
            + "），应写明实际使用科目的类、款、项名称");
    return new Resolved(Optional.empty(), category);
  }
}
