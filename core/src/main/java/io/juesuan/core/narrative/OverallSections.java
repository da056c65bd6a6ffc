package io.juesuan.core.narrative;

import io.juesuan.core.report.Fact;
import io.juesuan.core.report.TextSlot;
import io.juesuan.core.table.ColumnLayout;
import io.juesuan.core.table.RowNo;
import io.juesuan.core.table.TableId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** 情况说明 一 收支总体, 二 收入, 三 支出, 四 财政拨款收支总体. */
final class OverallSections {
  private final WritingContext c;

  OverallSections(WritingContext c) {
    this.c = c;
  }

  List<Section> write() {
    return List.of(total(), income(), expenditure(), fiscal());
  }

  private Section total() {
    return new Section(
        "一",
        c.text("s1.title"),
        List.of(
            c.sentence(
                "s1.total",
                "year",
                c.year(),
                "total",
                c.cite.amount("01.31.1"),
                "change",
                Changes.yearOverYear(
                    c, "s1.subject", "01.31.1", Fact.PRIOR_TOTAL, TextSlot.TOTAL_CHANGE_REASON))));
  }

  private Section income() {
    List<Sentence> s = new ArrayList<>();
    s.add(
        c.sentence(
            "s2.total",
            "year",
            c.year(),
            "total",
            c.cite.amount("02.合计.1"),
            "change",
            Changes.yearOverYear(
                c,
                "s2.subject",
                "02.合计.1",
                Fact.PRIOR_INCOME_TOTAL,
                TextSlot.INCOME_CHANGE_REASON)));
    s.addAll(structure("02", "s2"));
    return new Section("二", c.text("s2.title"), s);
  }

  private Section expenditure() {
    List<Sentence> s = new ArrayList<>();
    s.add(
        c.sentence(
            "s3.total",
            "year",
            c.year(),
            "total",
            c.cite.amount("03.合计.1"),
            "change",
            Changes.yearOverYear(
                c,
                "s3.subject",
                "03.合计.1",
                Fact.PRIOR_EXPENDITURE_TOTAL,
                TextSlot.EXPENDITURE_CHANGE_REASON)));
    s.addAll(structure("03", "s3"));
    return new Section("三", c.text("s3.title"), s);
  }

  /**
   * Each part of the 合计 row (columns 2…) with its share of column 1; the parts that are zero named
   * together.
   */
  private List<Sentence> structure(String table, String key) {
    List<Fragment> parts = new ArrayList<>();
    List<String> none = new ArrayList<>();
    String whole = table + ".合计.1";
    for (ColumnLayout col : c.layouts.table(TableId.of(table)).columns()) {
      if (col.no().value() == 1) {
        continue;
      }
      String ref = table + ".合计." + col.no().value();
      if (c.cite.sign(ref) == 0) {
        none.add(col.name());
        continue;
      }
      parts.add(
          c.fill(
              key.equals("s2") ? "s2.source" : "s3.part",
              "name",
              col.name(),
              "amount",
              c.cite.amount(ref),
              "share",
              c.cite.percent("share(" + ref + ";" + whole + ")")));
    }
    List<Sentence> out = new ArrayList<>();
    if (!parts.isEmpty()) {
      out.add(
          c.sentence(
              key.equals("s2") ? "s2.sources" : "s3.parts",
              "list",
              Fragment.join(c.text("list.sep"), parts)));
    }
    if (!none.isEmpty()) {
      out.add(c.sentence(key + ".none", "names", String.join(c.text("name.sep"), none)));
    }
    return out;
  }

  private Section fiscal() {
    List<Sentence> s = new ArrayList<>();
    s.add(
        c.sentence(
            "s4.total",
            "year",
            c.year(),
            "total",
            c.cite.amount("04.32.1"),
            "change",
            Changes.yearOverYear(
                c,
                "s4.subject",
                "04.32.1",
                Fact.PRIOR_FISCAL_TOTAL,
                TextSlot.FISCAL_CHANGE_REASON)));
    s.add(fund(1, Fact.PRIOR_GENERAL_BUDGET_INCOME, TextSlot.GENERAL_BUDGET_INCOME_CHANGE_REASON));
    s.add(fund(2, Fact.PRIOR_GOV_FUND_INCOME, TextSlot.GOV_FUND_INCOME_CHANGE_REASON));
    s.add(fund(3, Fact.PRIOR_STATE_CAPITAL_INCOME, TextSlot.STATE_CAPITAL_INCOME_CHANGE_REASON));
    return new Section("四", c.text("s4.title"), s);
  }

  private Sentence fund(int row, Fact prior, TextSlot reason) {
    String label = c.table("04").row(RowNo.of(row)).map(r -> r.label()).orElse("");
    String name = label.replaceFirst("^[一二三四五六七八九十]+、", "") + "收入";
    String current = "04." + row + ".1";
    String priorRef = "fact:" + prior.key();
    Optional<BigDecimal> p = c.cite.value(priorRef);
    boolean currentZero = c.cite.sign(current) == 0;
    if (p.isEmpty()) {
      return c.sentence(
          "s4.fund.missing",
          "year",
          c.year(),
          "prior",
          c.priorYear(),
          "name",
          name,
          "amount",
          c.cite.amount(current),
          "pending",
          c.cite.pending(prior.label()));
    }
    if (currentZero && p.get().signum() == 0) {
      return c.sentence("s4.fund.none", "year", c.year(), "prior", c.priorYear(), "name", name);
    }
    String diff = "diff(" + current + ";" + priorRef + ")";
    if (c.cite.sign(diff) == 0) {
      return c.sentence(
          "s4.fund.flat",
          "year",
          c.year(),
          "prior",
          c.priorYear(),
          "name",
          name,
          "amount",
          c.cite.amount(current));
    }
    return c.sentence(
        "s4.fund",
        "year",
        c.year(),
        "prior",
        c.priorYear(),
        "name",
        name,
        "amount",
        c.cite.amount(current),
        "dir",
        c.cite.direction(diff, "word.increase", "word.decrease"),
        "diff",
        c.cite.amount("abs(" + diff + ")"),
        "reason",
        c.cite.text(reason));
  }
}
