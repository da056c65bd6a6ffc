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
    s.add(c.sentence("s6.total", "year", c.year(), "total", c.cite.amount("05.合计.2")));
    DisclosureTable t = c.table("06");
    List<Fragment> items = new ArrayList<>();
    for (TableRow row : t.rows()) {
      String code = row.no().value();
      if (row.kind() == RowKind.TOTAL) {
        String name = row.label().replace("合计", "");
        String ref = "06." + code + ".1";
        s.add(
            c.cite.sign(ref) == 0
                ? c.sentence("s6.block.none", "name", name)
                : c.sentence(
                    "s6.block",
                    "name",
                    name,
                    "amount",
                    c.cite.amount(ref),
                    "list",
                    Fragment.join(c.text("name.sep"), items)));
        items = new ArrayList<>();
      } else if (code.length() == 5 && c.cite.sign("06." + code + ".1") != 0) {
        items.add(
            c.fill("s6.item", "name", row.label(), "amount", c.cite.amount("06." + code + ".1")));
      }
    }
    return new Section("六", c.text("s6.title"), s);
  }

  private Section govFund() {
    DisclosureTable t = c.table("07");
    if (!t.hasFigures()) {
      return new Section(
          "七",
          c.text("s7.title"),
          List.of(c.sentence("s7.none", "statement", emptyStatement("07"))));
    }
    List<Sentence> s = new ArrayList<>();
    s.add(
        c.sentence(
            "s7.total",
            "year",
            c.year(),
            "opening",
            c.cite.amount("07.合计.1"),
            "income",
            c.cite.amount("07.合计.2"),
            "expenditure",
            c.cite.amount("07.合计.3"),
            "closing",
            c.cite.amount("07.合计.6")));
    categories(t, 3).ifPresent(s::add);
    return new Section("七", c.text("s7.title"), s);
  }

  private Section stateCapital() {
    DisclosureTable t = c.table("08");
    if (!t.hasFigures()) {
      return new Section(
          "八",
          c.text("s8.title"),
          List.of(c.sentence("s8.none", "statement", emptyStatement("08"))));
    }
    List<Sentence> s = new ArrayList<>();
    s.add(c.sentence("s8.total", "year", c.year(), "total", c.cite.amount("08.合计.1")));
    categories(t, 1).ifPresent(s::add);
    return new Section("八", c.text("s8.title"), s);
  }

  private java.util.Optional<Sentence> categories(DisclosureTable t, int column) {
    List<Fragment> items = new ArrayList<>();
    for (TableRow row : t.rows()) {
      String ref = t.id().value() + "." + row.no().value() + "." + column;
      if (row.kind() == RowKind.CATEGORY && c.cite.sign(ref) != 0) {
        items.add(
            c.fill(
                "s7.item",
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
            t.id().value().equals("07") ? "s7.category" : "s8.category",
            "list",
            Fragment.join(c.text("name.sep"), items)));
  }

  private String emptyStatement(String table) {
    return Citations.trimStop(
        c.layouts
            .table(TableId.of(table))
            .emptyStatement()
            .orElseThrow(() -> new IllegalStateException("公开" + table + "表的表样没有空表说明")));
  }
}
