package io.juesuan.core.narrative;

import io.juesuan.core.report.Fact;
import io.juesuan.core.report.TextSlot;
import io.juesuan.core.table.CellRef;
import io.juesuan.core.table.ColumnLayout;
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
        "overall",
        c.text("overall.title"),
        List.of(
            c.sentence(
                "overall.total",
                "year",
                c.year(),
                "total",
                c.cite.amount("@total"),
                "change",
                Changes.yearOverYear(
                    c,
                    "overall.subject",
                    "@total",
                    Fact.PRIOR_TOTAL,
                    TextSlot.TOTAL_CHANGE_REASON))));
  }

  private Section income() {
    List<Sentence> s = new ArrayList<>();
    s.add(
        c.sentence(
            "income.total",
            "year",
            c.year(),
            "total",
            c.cite.amount("@income.table.total"),
            "change",
            Changes.yearOverYear(
                c,
                "income.subject",
                "@income.table.total",
                Fact.PRIOR_INCOME_TOTAL,
                TextSlot.INCOME_CHANGE_REASON)));
    s.addAll(structure("@income.table.total", "income"));
    return new Section("income", c.text("income.title"), s);
  }

  private Section expenditure() {
    List<Sentence> s = new ArrayList<>();
    s.add(
        c.sentence(
            "expenditure.total",
            "year",
            c.year(),
            "total",
            c.cite.amount("@expenditure.table.total"),
            "change",
            Changes.yearOverYear(
                c,
                "expenditure.subject",
                "@expenditure.table.total",
                Fact.PRIOR_EXPENDITURE_TOTAL,
                TextSlot.EXPENDITURE_CHANGE_REASON)));
    s.addAll(structure("@expenditure.table.total", "expenditure"));
    return new Section("expenditure", c.text("expenditure.title"), s);
  }

  /**
   * Each other column of the 合计 row that holds {@code whole} with its share of it; the parts that
   * are zero named together.
   */
  private List<Sentence> structure(String whole, String key) {
    List<Fragment> parts = new ArrayList<>();
    List<String> none = new ArrayList<>();
    CellRef total = c.cite.cells(whole).get(0);
    for (ColumnLayout col : c.layouts.table(total.table()).columns()) {
      if (col.no().equals(total.column())) {
        continue;
      }
      String ref =
          total.table()
              + "."
              + total.row()
              + "."
              + col.key().orElse(Integer.toString(col.no().value()));
      if (c.cite.sign(ref) == 0) {
        none.add(col.name());
        continue;
      }
      parts.add(
          c.fill(
              key.equals("income") ? "income.source" : "expenditure.part",
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
              key.equals("income") ? "income.sources" : "expenditure.parts",
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
            "fiscal.total",
            "year",
            c.year(),
            "total",
            c.cite.amount("@fiscal.total"),
            "change",
            Changes.yearOverYear(
                c,
                "fiscal.subject",
                "@fiscal.total",
                Fact.PRIOR_FISCAL_TOTAL,
                TextSlot.FISCAL_CHANGE_REASON)));
    s.add(
        fund(
            "@fiscal.generalBudget",
            Fact.PRIOR_GENERAL_BUDGET_INCOME,
            TextSlot.GENERAL_BUDGET_INCOME_CHANGE_REASON));
    s.add(
        fund(
            "@fiscal.govFund", Fact.PRIOR_GOV_FUND_INCOME, TextSlot.GOV_FUND_INCOME_CHANGE_REASON));
    s.add(
        fund(
            "@fiscal.stateCapital",
            Fact.PRIOR_STATE_CAPITAL_INCOME,
            TextSlot.STATE_CAPITAL_INCOME_CHANGE_REASON));
    return new Section("fiscal", c.text("fiscal.title"), s);
  }

  private Sentence fund(String current, Fact prior, TextSlot reason) {
    CellRef cell = c.cite.cells(current).get(0);
    String label = c.table(cell.table().value()).row(cell.row()).map(r -> r.label()).orElse("");
    String name = label.replaceFirst("^[一二三四五六七八九十]+、", "").replaceFirst("收入$", "") + "收入";
    String priorRef = "fact:" + prior.key();
    Optional<BigDecimal> p = c.cite.value(priorRef);
    boolean currentZero = c.cite.sign(current) == 0;
    if (p.isEmpty()) {
      return c.sentence(
          "fiscal.fund.missing",
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
      return c.sentence("fiscal.fund.none", "year", c.year(), "prior", c.priorYear(), "name", name);
    }
    String diff = "diff(" + current + ";" + priorRef + ")";
    if (c.cite.sign(diff) == 0) {
      return c.sentence(
          "fiscal.fund.flat",
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
        "fiscal.fund",
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
