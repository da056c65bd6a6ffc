package io.juesuan.core.rules;

import io.juesuan.core.narrative.NarrativeWriter;
import io.juesuan.core.report.Fact;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.FunctionalItem;
import io.juesuan.core.report.ItemMeasure;
import io.juesuan.core.report.TextField;
import io.juesuan.core.report.TextFields;
import java.util.ArrayList;
import java.util.List;

/**
 * 必填: leaf facts and texts the narrative needs. The expression lists keys of facts ({@code
 * priorYear.total}), texts ({@code reasons.totalChange}) or {@code items.initialBudget} (年初预算 of
 * every 项 with 一般公共预算财政拨款支出) or {@code narrative.pending} (every text the written 情况说明 shows as
 * 【待填写：…】 — a reason is required only where the figures call for it). Only datasets are checked.
 */
final class RequiredRule extends SpecRule {
  private static final String PENDING = "narrative.pending";
  private final List<String> keys = new ArrayList<>();

  RequiredRule(RuleSpec spec) {
    super(spec);
    for (String k : spec.expression().split(",")) {
      String key = k.trim();
      if (!key.equals("items.initialBudget")
          && !key.equals(PENDING)
          && Fact.ofKey(key).isEmpty()
          && TextFields.installed().byKey(key).isEmpty()) {
        throw new IllegalArgumentException("未知必填项: " + key);
      }
      keys.add(key);
    }
  }

  @Override
  public void check(CheckContext context, RuleOutcome outcome) {
    if (context.accounts().isEmpty()) {
      outcome.skip(this, "需要填报的基础数据，单独的表格无法核对");
      return;
    }
    FinalAccounts a = context.accounts().get();
    for (String key : keys) {
      if (key.equals("items.initialBudget")) {
        for (FunctionalItem item : a.facts().items()) {
          boolean spends =
              !item.amount(ItemMeasure.GENERAL_BUDGET_BASIC)
                  .plus(item.amount(ItemMeasure.GENERAL_BUDGET_PROJECT))
                  .isZero();
          if (spends && item.entered(ItemMeasure.GENERAL_BUDGET_INITIAL).isEmpty()) {
            outcome.add(
                Finding.of(
                    id(),
                    severity(),
                    new Location.Source(
                        "accounts.yaml",
                        0,
                        "functional " + item.code() + " fiscal.generalBudget.initialBudget"),
                    spec.description() + "：项 " + item.code() + " " + item.name() + " 未填年初预算"));
          }
        }
        continue;
      }
      if (key.equals(PENDING)) {
        pendingTexts(context, a, outcome);
        continue;
      }
      var fact = Fact.ofKey(key);
      if (fact.isPresent()) {
        if (a.facts().fact(fact.get()).isEmpty()) {
          outcome.add(
              Finding.of(
                  id(),
                  severity(),
                  new Location.Source("accounts.yaml", 0, key),
                  spec.description() + "：未填“" + fact.get().label() + "”（" + key + "）"));
        }
        continue;
      }
      TextField field = TextFields.installed().byKey(key).orElseThrow();
      if (a.explanations().text(key).isEmpty()) {
        outcome.add(
            Finding.of(
                id(),
                severity(),
                new Location.Source(field.yamlFile(), 0, key),
                spec.description() + "：未填“" + field.label() + "”，报告中将显示【待填写】"));
      }
    }
  }

  /** One finding per distinct 【待填写：…】 of the written narrative, at its first sentence. */
  private void pendingTexts(CheckContext context, FinalAccounts a, RuleOutcome outcome) {
    if (context.writer().isEmpty()) {
      return;
    }
    for (NarrativeWriter.PendingText p :
        context.writer().get().pendingTexts(a, context.tables().toWanYuan())) {
      outcome.add(
          Finding.of(
              id(),
              severity(),
              new Location.Narrative(p.section(), p.sentence()),
              spec.description() + "：未填“" + p.label() + "”，报告中将显示【待填写】"));
    }
  }
}
