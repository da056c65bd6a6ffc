package io.juesuan.core.narrative;

import io.juesuan.core.table.DisclosureTable;
import io.juesuan.core.table.RowKind;
import io.juesuan.core.table.TableId;
import io.juesuan.core.table.TableRow;
import java.util.ArrayList;
import java.util.List;

/** 情况说明 六 基本支出 (06表), 七 政府性基金 (07表), 八 国有资本经营 (08表). */
final class FundSections {
  private final WritingContext c;

  FundSections(WritingContext c) {
    this.c = c;
  }

  List<Section> write() {
    return List.of(basic(), govFund(), stateCapital());
  }

  private Section basic() {
    List<Sentence> s = new ArrayList<>();
    s.add(c.sentence("basic.total", "year", c.year(), "total", c.cite.amount("@gpb.basic")));
    DisclosureTable t = c.table("06");
    List<Fragment> items = new ArrayList<>();
    for (TableRow row : t.rows()) {
      String code = row.no().value();
      if (row.kind() == RowKind.TOTAL) {
        String name = row.label().replace("合计", "");
        String ref = "@basic.code(" + code + ")";
        s.add(
            c.cite.sign(ref) == 0
                ? c.sentence("basic.block.none", "name", name)
                : c.sentence(
                    "basic.block",
                    "name",
                    name,
                    "amount",
                    c.cite.amount(ref),
                    "list",
                    Fragment.join(c.text("name.sep"), items)));
        items = new ArrayList<>();
      } else if (code.length() == 5 && c.cite.sign("@basic.code(" + code + ")") != 0) {
        items.add(
            c.fill(
                "basic.item",
                "name",
                row.label(),
                "amount",
                c.cite.amount("@basic.code(" + code + ")")));
      }
    }
    return new Section("basic", c.text("basic.title"), s);
  }

  private Section govFund() {
    DisclosureTable t = c.table("07");
    if (!t.hasFigures()) {
      return new Section(
          "govFund",
          c.text("govFund.title"),
          List.of(
              c.sentenceUsing(
                  "govFund.none",
                  "statement",
                  emptyStatement("07"),
                  "department",
                  c.department(),
                  "year",
                  c.year())));
    }
    List<Sentence> s = new ArrayList<>();
    s.add(
        c.sentence(
            "govFund.total",
            "year",
            c.year(),
            "opening",
            c.cite.amount("@govFund.opening"),
            "income",
            c.cite.amount("@govFund.income"),
            "expenditure",
            c.cite.amount("@govFund.expenditure"),
            "closing",
            c.cite.amount("@govFund.closing")));
    categories(t, 3).ifPresent(s::add);
    return new Section("govFund", c.text("govFund.title"), s);
  }

  private Section stateCapital() {
    DisclosureTable t = c.table("08");
    if (!t.hasFigures()) {
      return new Section(
          "stateCapital",
          c.text("stateCapital.title"),
          List.of(
              c.sentenceUsing(
                  "stateCapital.none",
                  "statement",
                  emptyStatement("08"),
                  "department",
                  c.department(),
                  "year",
                  c.year())));
    }
    List<Sentence> s = new ArrayList<>();
    s.add(
        c.sentence(
            "stateCapital.total",
            "year",
            c.year(),
            "total",
            c.cite.amount("@stateCapital.expenditure")));
    categories(t, 1).ifPresent(s::add);
    return new Section("stateCapital", c.text("stateCapital.title"), s);
  }

  private java.util.Optional<Sentence> categories(DisclosureTable t, int column) {
    List<Fragment> items = new ArrayList<>();
    for (TableRow row : t.rows()) {
      String ref = t.id().value() + "." + row.no().value() + "." + column;
      if (row.kind() == RowKind.CATEGORY && c.cite.sign(ref) != 0) {
        items.add(
            c.fill(
                "govFund.item",
                "name",
                io.juesuan.core.classification.Catalog.categoryShortName(row.label()),
                "amount",
                c.cite.amount(ref)));
      }
    }
    if (items.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        c.sentence(
            t.id().value().equals("07") ? "govFund.category" : "stateCapital.category",
            "list",
            Fragment.join(c.text("name.sep"), items)));
  }

  private String emptyStatement(String table) {
    return Citations.trimStop(
        c.layouts
            .table(TableId.of(table))
            .emptyStatementFor(c.accounts.department().name())
            .orElseThrow(() -> new IllegalStateException("公开" + table + "表的表样没有空表说明")));
  }
}
