package io.juesuan.core.derivation;

import io.juesuan.core.classification.FunctionCode;
import io.juesuan.core.money.Amount;
import io.juesuan.core.report.Fact;
import io.juesuan.core.report.FunctionalItem;
import io.juesuan.core.report.ItemMeasure;
import io.juesuan.core.report.LeafFacts;
import io.juesuan.core.table.LinearExpression;
import java.util.Objects;
import java.util.Optional;

/** Evaluates layout expressions ("income.generalBudget+income.govFund", "balances.opening") on leaf facts. */
final class MeasureEvaluator {
  private final LeafFacts facts;

  MeasureEvaluator(LeafFacts facts) {
    this.facts = Objects.requireNonNull(facts, "facts");
  }

  Amount zero() {
    return Amount.zero(facts.unit());
  }

  /** The expression for one 项 (measures only). */
  Amount ofItem(String expression, FunctionalItem item) {
    Amount sum = zero();
    for (LinearExpression.Term term : LinearExpression.parse(expression).terms()) {
      ItemMeasure m = measure(term.text());
      sum = add(sum, term.sign(), item.amount(m));
    }
    return sum;
  }

  /** A single term over the department: a measure summed over the 项 under {@code code} (all when empty), or a fact. */
  Amount term(String text, Optional<String> code) {
    Optional<ItemMeasure> m = ItemMeasure.ofKey(text);
    if (m.isPresent()) {
      Amount sum = zero();
      for (FunctionalItem item : facts.items()) {
        if (code.isEmpty() || item.code().isWithin(FunctionCode.of(code.get()))) {
          sum = sum.plus(item.amount(m.get()));
        }
      }
      return sum;
    }
    Optional<Fact> f = Fact.ofKey(text);
    if (f.isPresent()) {
      return facts.factOrZero(f.get());
    }
    throw new IllegalArgumentException("表样公式中的未知项: " + text);
  }

  private static ItemMeasure measure(String key) {
    return ItemMeasure.ofKey(key).orElseThrow(() -> new IllegalArgumentException("表样公式中的未知指标: " + key));
  }

  static Amount add(Amount sum, int sign, Amount value) {
    return sign > 0 ? sum.plus(value) : sum.minus(value);
  }
}
