package io.juesuan.core.derivation;

import io.juesuan.core.money.Amount;
import io.juesuan.core.report.Fact;
import io.juesuan.core.report.FunctionalItem;
import io.juesuan.core.report.ItemMeasure;
import io.juesuan.core.report.LeafFacts;
import io.juesuan.core.table.LinearExpression;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Evaluates layout expressions ("income.generalBudget+income.govFund", "balances.opening") on leaf
 * facts. Sums per code (类, 款, 项 and the whole department) are indexed once, so a table cell costs a
 * lookup however many 项 the department has.
 */
final class MeasureEvaluator {
  private static final String ALL = "";

  private final LeafFacts facts;
  private final Map<String, Map<ItemMeasure, Amount>> sumsByCode = new HashMap<>();
  private final Map<String, LinearExpression> parsed = new HashMap<>();

  MeasureEvaluator(LeafFacts facts) {
    this.facts = Objects.requireNonNull(facts, "facts");
    for (FunctionalItem item : facts.items()) {
      String code = item.code().value();
      for (String key : new String[] {ALL, code.substring(0, 3), code.substring(0, 5), code}) {
        Map<ItemMeasure, Amount> sums =
            sumsByCode.computeIfAbsent(key, k -> new EnumMap<>(ItemMeasure.class));
        item.amounts().forEach((m, v) -> sums.merge(m, v, Amount::plus));
      }
    }
  }

  Amount zero() {
    return Amount.zero(facts.unit());
  }

  LinearExpression parse(String expression) {
    return parsed.computeIfAbsent(expression, LinearExpression::parse);
  }

  /** The expression for one 项 (measures only). */
  Amount ofItem(String expression, FunctionalItem item) {
    Amount sum = zero();
    for (LinearExpression.Term term : parse(expression).terms()) {
      ItemMeasure m =
          ItemMeasure.ofKey(term.text())
              .orElseThrow(() -> new IllegalArgumentException("表样公式中的未知指标: " + term.text()));
      sum = add(sum, term.sign(), item.amount(m));
    }
    return sum;
  }

  /**
   * A single term over the department: a measure summed over the 项 under {@code code} (all when
   * empty), or a fact.
   */
  Amount term(String text, Optional<String> code) {
    Optional<ItemMeasure> m = ItemMeasure.ofKey(text);
    if (m.isPresent()) {
      return sumsByCode.getOrDefault(code.orElse(ALL), Map.of()).getOrDefault(m.get(), zero());
    }
    Optional<Fact> f = Fact.ofKey(text);
    if (f.isPresent()) {
      return facts.factOrZero(f.get());
    }
    throw new IllegalArgumentException("表样公式中的未知项: " + text);
  }

  static Amount add(Amount sum, int sign, Amount value) {
    return sign > 0 ? sum.plus(value) : sum.minus(value);
  }
}
