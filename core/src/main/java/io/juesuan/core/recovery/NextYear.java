package io.juesuan.core.recovery;

import io.juesuan.core.classification.FunctionCode;
import io.juesuan.core.edition.Edition;
import io.juesuan.core.edition.Editions;
import io.juesuan.core.money.Amount;
import io.juesuan.core.money.AmountUnit;
import io.juesuan.core.narrative.FigureResolver;
import io.juesuan.core.performance.Evaluation;
import io.juesuan.core.performance.Project;
import io.juesuan.core.report.Explanations;
import io.juesuan.core.report.Fact;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.FunctionalItem;
import io.juesuan.core.report.LeafFacts;
import io.juesuan.core.table.TableSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * 由上年开始新年度 — next year's dataset started from last year's: the department, units, duties, 名词解释, the
 * 项 and 绩效 projects carried over with this year's amounts left empty, and the 上年 figures the
 * narrative compares with filled from last year's published totals (by the edition's named
 * figures). Codes the new edition's catalog no longer has are flagged.
 */
public final class NextYear {
  /** The fact of next year ← the named figure of last year's tables. */
  private static final Map<Fact, String> PRIOR = new LinkedHashMap<>();

  static {
    PRIOR.put(Fact.PRIOR_TOTAL, "@total");
    PRIOR.put(Fact.PRIOR_INCOME_TOTAL, "@income.total");
    PRIOR.put(Fact.PRIOR_EXPENDITURE_TOTAL, "@expenditure.total");
    PRIOR.put(Fact.PRIOR_FISCAL_TOTAL, "@fiscal.total");
    PRIOR.put(Fact.PRIOR_GENERAL_BUDGET_INCOME, "@fiscal.generalBudget");
    PRIOR.put(Fact.PRIOR_GOV_FUND_INCOME, "@fiscal.govFund");
    PRIOR.put(Fact.PRIOR_STATE_CAPITAL_INCOME, "@fiscal.stateCapital");
    PRIOR.put(Fact.PRIOR_GENERAL_BUDGET_EXPENDITURE, "@gpb.total");
  }

  private final Editions editions;

  public NextYear(Editions editions) {
    this.editions = Objects.requireNonNull(editions, "editions");
  }

  /** Next year's dataset and the flags raised while carrying over. */
  public Started start(FinalAccounts last, int year) {
    Edition before = editions.forAccounts(last);
    Edition next = editions.choose(Optional.empty(), region(last, before), year);
    TableSet tables = before.deriver().derive(last).toWanYuan();
    FigureResolver figures = new FigureResolver(last, tables, before.layouts(), before.figures());
    AmountUnit unit = last.unit();
    Map<Fact, Amount> facts = new EnumMap<>(Fact.class);
    PRIOR.forEach(
        (fact, figure) -> figures.resolve(figure).ifPresent(v -> facts.put(fact, inUnit(v, unit))));
    last.facts()
        .fact(Fact.OPERATING_COSTS)
        .ifPresent(a -> facts.put(Fact.PRIOR_OPERATING_COSTS, a));
    List<String> flags = new ArrayList<>();
    if (!next.info().region().equals(before.info().region())) {
      flags.add(
          "没有适用于"
              + (before.info().region().isBlank() ? "" : before.info().region() + " ")
              + year
              + "年度的本地区版本，按 "
              + next.info().label()
              + " 开始；增加该地区该年度的版本文件夹后，可在 department.yaml 的 edition 中改用");
    }
    List<FunctionalItem> items = new ArrayList<>();
    for (FunctionalItem item : last.facts().items()) {
      FunctionCode code = item.code();
      if (next.catalog().function(code).isEmpty()) {
        flags.add(
            "功能分类 "
                + code.value()
                + " "
                + item.name()
                + "：在 "
                + next.info().label()
                + " 的科目中已不存在，请改用新科目");
      }
      String name = next.catalog().functionName(code).orElse(item.name());
      items.add(new FunctionalItem(code, name, Map.of(), unit));
    }
    Map<String, String> codeNames = new LinkedHashMap<>(last.facts().codeNames());
    LeafFacts leaf = new LeafFacts(unit, items, List.of(), facts, Map.of(), List.of(), codeNames);
    List<Project> projects = new ArrayList<>();
    for (Project p : last.evaluation().projects()) {
      projects.add(
          new Project(p.name(), Amount.zero(p.budget().unit()), Amount.zero(p.actual().unit())));
    }
    Explanations explanations =
        new Explanations(
            Map.of(),
            Map.of(),
            Map.of(),
            List.of(),
            last.explanations().glossary(),
            Optional.empty());
    FinalAccounts started =
        new FinalAccounts(
            year,
            last.department(),
            leaf,
            explanations,
            new Evaluation(Optional.empty(), projects, List.of()),
            Optional.of(next.id()));
    return new Started(started, next, flags);
  }

  private static String region(FinalAccounts last, Edition before) {
    return last.department().region().isBlank()
        ? before.info().region()
        : last.department().region();
  }

  private static Amount inUnit(BigDecimal wan, AmountUnit unit) {
    Amount a = Amount.of(wan.toPlainString(), AmountUnit.WAN_YUAN);
    return unit == AmountUnit.WAN_YUAN
        ? a
        : Amount.of(wan.multiply(BigDecimal.valueOf(10000)).toPlainString(), AmountUnit.YUAN);
  }

  /** A started department-year, its edition, and what was flagged while carrying over. */
  public record Started(FinalAccounts accounts, Edition edition, List<String> flags) {
    public Started {
      Objects.requireNonNull(accounts, "accounts");
      Objects.requireNonNull(edition, "edition");
      flags = List.copyOf(flags);
    }
  }
}
