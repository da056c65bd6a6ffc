package io.juesuan.core.rules;

import io.juesuan.core.classification.EconomicCode;
import io.juesuan.core.classification.FunctionCode;
import io.juesuan.core.table.DisclosureTable;
import io.juesuan.core.table.TableId;
import io.juesuan.core.table.TableRow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 科目编码与名称: every code row of the listed tables is in the year's catalog and carries the catalog's
 * name. The catalogs are partial, so an unknown code is a warning, never an error — and only a note
 * (info) for tables published or typed elsewhere: there the gap is the catalog's, not the report's,
 * and the names are still checked against the codes' own rows and the narrative.
 */
final class CatalogRule extends SpecRule {
  private final List<TableId> tables = new ArrayList<>();

  CatalogRule(RuleSpec spec) {
    super(spec);
    for (String t : spec.expression().split(",")) {
      tables.add(TableId.of(t.trim()));
    }
  }

  /** Where a finding is: written only for a row that has one. */
  private static Location location(TableId id, TableRow r) {
    return new Location.Part("公开" + id + "表 " + r.no().value() + " " + r.label());
  }

  @Override
  public void check(CheckContext context, RuleOutcome outcome) {
    Set<String> reported = new HashSet<>();
    Severity unknown = context.accounts().isPresent() ? Severity.WARNING : Severity.INFO;
    for (TableId id : tables) {
      Optional<DisclosureTable> t = context.tables().table(id);
      if (t.isEmpty()) {
        continue;
      }
      boolean economic =
          context
              .layouts()
              .find(id)
              .map(l -> l.kind() == io.juesuan.core.table.TableKind.ECONOMIC)
              .orElse(false);
      for (TableRow r : t.get().rows()) {
        if (!r.kind().isCode()) {
          continue;
        }
        String code = r.no().value();
        Optional<String> name =
            economic
                ? (EconomicCode.isValid(code)
                    ? context.catalog().economicName(EconomicCode.of(code))
                    : Optional.empty())
                : (FunctionCode.isValid(code)
                    ? context.catalog().functionName(FunctionCode.of(code))
                    : Optional.empty());
        if (name.isEmpty()) {
          if (reported.add(code)) {
            outcome.add(
                Finding.of(
                    id(),
                    unknown,
                    location(id, r),
                    "科目 "
                        + code
                        + (r.label().isEmpty() ? "" : "“" + r.label() + "”")
                        + " 不在"
                        + context.catalog().year()
                        + "年分类科目目录中（目录不完整），已按数据中的名称使用，请核对编码和名称"));
          }
        } else if (!r.label().isEmpty()
            && !r.label().equals(name.get())
            && !normalize(r.label()).equals(normalize(name.get()))
            && reported.add(code + r.label())) {
          outcome.add(
              Finding.compared(
                  id(),
                  severity(),
                  location(id, r),
                  name.get(),
                  r.label(),
                  null,
                  spec.description()
                      + "：科目 "
                      + code
                      + " 的名称应为“"
                      + name.get()
                      + "”，表中为“"
                      + r.label()
                      + "”"));
        }
      }
    }
  }

  /** The name without white space (ASCII or 全角), with full-width brackets. */
  static String normalize(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '　' || c == ' ' || (c >= '\t' && c <= '\r')) {
        continue;
      }
      b.append(c == '(' ? '（' : c == ')' ? '）' : c);
    }
    return b.toString();
  }
}
