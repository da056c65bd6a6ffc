package io.juesuan.core.narrative;

import io.juesuan.core.classification.Catalog;
import io.juesuan.core.report.Fact;
import io.juesuan.core.report.TextSlot;
import io.juesuan.core.table.RowKind;
import io.juesuan.core.table.TableRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** 情况说明 五 一般公共预算财政拨款支出 (总体, 结构 by 类, 具体 by 项 with 完成率). */
final class GeneralBudgetSections {
  private static final BigDecimal LOW = new BigDecimal("95");
  private static final BigDecimal HIGH = new BigDecimal("100");
  private static final String BUDGET = "fiscal.generalBudget.initialBudget";

  private final WritingContext c;

  GeneralBudgetSections(WritingContext c) {
    this.c = c;
  }

  List<Section> write() {
    List<Section> out = new ArrayList<>();
    out.add(new Section("gpb", c.text("gpb.title"), List.of()));
    if (c.cite.sign("@gpb.total") == 0) {
      out.add(
          new Section(
              "gpb.1", c.text("gpb.1.title"), List.of(c.sentence("gpb.1.none", "year", c.year()))));
      return out;
    }
    out.add(
        new Section(
            "gpb.1",
            c.text("gpb.1.title"),
            List.of(
                c.sentence(
                    "gpb.1.total",
                    "year",
                    c.year(),
                    "total",
                    c.cite.amount("@gpb.total"),
                    "share",
                    c.cite.percent("share(05.合计.1;01.58.2)"),
                    "change",
                    Changes.yearOverYear(
                        c,
                        "gpb.1.subject",
                        "@gpb.total",
                        Fact.PRIOR_GENERAL_BUDGET_EXPENDITURE,
                        TextSlot.GENERAL_BUDGET_EXPENDITURE_CHANGE_REASON)))));
    out.add(new Section("gpb.2", c.text("gpb.2.title"), structure()));
    out.add(new Section("gpb.3", c.text("gpb.3.title"), detail()));
    return out;
  }

  private List<Sentence> structure() {
    List<Sentence> s = new ArrayList<>();
    s.add(c.sentence("gpb.2.intro", "year", c.year(), "total", c.cite.amount("@gpb.total")));
    int n = 0;
    for (TableRow row : c.table("05").rows()) {
      if (row.kind() != RowKind.CATEGORY) {
        continue;
      }
      String code = row.no().value();
      String name = Catalog.categoryShortName(row.label());
      Fragment uses =
          Optional.ofNullable(c.accounts.explanations().categoryUses().get(code))
              .map(Citations::trimStop)
              .map(Fragment::of)
              .orElseGet(() -> c.cite.pending(c.fill("gpb.2.uses.pending", "name", name).text()));
      s.add(
          c.sentence(
              "gpb.2.category",
              "n",
              ++n,
              "name",
              name,
              "amount",
              c.cite.amount("@gpb.code(" + code + ")"),
              "share",
              c.cite.percent("share(05." + code + ".1;05.合计.1)"),
              "uses",
              uses));
    }
    return s;
  }

  private List<Sentence> detail() {
    List<Sentence> s = new ArrayList<>();
    String budget = "item:*:" + BUDGET;
    Optional<BigDecimal> b = c.cite.value(budget);
    if (b.isEmpty() || b.get().signum() == 0) {
      s.add(
          c.sentence(
              "gpb.3.total.missing",
              "year",
              c.year(),
              "actual",
              c.cite.amount("@gpb.total"),
              "pending",
              c.cite.pending("一般公共预算财政拨款支出年初预算数")));
    } else {
      Fragment f =
          c.fill(
              "gpb.3.total",
              "year",
              c.year(),
              "budget",
              c.cite.amount(budget),
              "actual",
              c.cite.amount("@gpb.total"),
              "rate",
              c.cite.percent("share(05.合计.1;" + budget + ")"));
      s.add(
          f.plus(
                  reason(
                      "@gpb.total",
                      budget,
                      "gpb.3.total.reason",
                      () -> c.cite.text(TextSlot.BUDGET_COMPLETION_REASON)))
              .sentence());
    }
    s.add(
        c.sentence(
            "gpb.3.split",
            "basic",
            c.cite.amount("@gpb.basic"),
            "project",
            c.cite.amount("@gpb.project")));
    if (c.cite.sign("@gpb.project") != 0) {
      s.add(c.sentence("gpb.3.project", "uses", c.cite.text(TextSlot.PROJECT_USES)));
    }
    int n = 0;
    for (TableRow row : c.table("05").rows()) {
      if (row.kind() == RowKind.ITEM) {
        s.add(item(++n, row));
      }
    }
    return s;
  }

  private Sentence item(int n, TableRow row) {
    String code = row.no().value();
    String actual = "@gpb.code(" + code + ")";
    String budget = "item:" + code + ":" + BUDGET;
    Object[] names = {
      "n",
      n,
      "category",
      c.codeName("05", code.substring(0, 3)),
      "section",
      c.codeName("05", code.substring(0, 5)),
      "item",
      row.label()
    };
    Optional<BigDecimal> b = c.cite.value(budget);
    // The filer's reason, or 【待填写】 — made only when the sentence needs a reason (most 项 do not).
    Supplier<Fragment> reasonText =
        () ->
            Optional.ofNullable(c.accounts.explanations().itemReasons().get(code))
                .map(Citations::trimStop)
                .map(Fragment::of)
                .orElseGet(
                    () ->
                        c.cite.pending(
                            c.fill("gpb.3.item.reason.pending", "code", code, "item", row.label())
                                .text()));
    if (b.isEmpty()) {
      return c.sentence(
          "gpb.3.item.missing",
          concat(
              names,
              "actual",
              c.cite.amount(actual),
              "pending",
              c.cite.pending(
                  c.fill("gpb.3.item.budget.pending", "code", code, "item", row.label()).text())));
    }
    if (b.get().signum() == 0) {
      return c.sentence(
          "gpb.3.item.unbudgeted",
          concat(names, "actual", c.cite.amount(actual), "reason", reasonText.get()));
    }
    Fragment f =
        c.fill(
            "gpb.3.item",
            concat(
                names,
                "budget",
                c.cite.amount(budget),
                "actual",
                c.cite.amount(actual),
                "rate",
                c.cite.percent("share(" + actual + ";" + budget + ")")));
    return f.plus(reason(actual, budget, "gpb.3.item.reason", reasonText)).sentence();
  }

  /** The reason clause when 完成率 is below 95% or above 100%, else nothing. */
  private Fragment reason(String actual, String budget, String key, Supplier<Fragment> reason) {
    BigDecimal rate = c.cite.require("share(" + actual + ";" + budget + ")");
    if (rate.compareTo(LOW) >= 0 && rate.compareTo(HIGH) <= 0) {
      return Fragment.empty();
    }
    return c.fill(
        key,
        "dir",
        c.cite.direction("diff(" + actual + ";" + budget + ")", "word.over", "word.under"),
        "reason",
        reason.get());
  }

  private static Object[] concat(Object[] a, Object... b) {
    Object[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
