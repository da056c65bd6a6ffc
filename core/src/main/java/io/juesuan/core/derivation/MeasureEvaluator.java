package io.juesuan.core.derivation;

import io.juesuan.core.money.Amount;
import io.juesuan.core.report.Fact;
import io.juesuan.core.report.FunctionalItem;
import io.juesuan.core.report.ItemMeasure;
import io.juesuan.core.report.LeafFacts;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The measures and facts layout formulas take ("income.generalBudget", "balances.opening") from a
 * department's leaf facts. Sums per code (类, 款, 项 and the whole department) are indexed once, so a
 * table cell costs a lookup however many 项 the department has.
 */
final class MeasureEvaluator {
  private static final String ALL = "";

  private final LeafFacts facts;
  private final Map<String, Map<ItemMeasure, Amount>> sumsByCode = new HashMap<>();

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

  /** A measure summed over the 项 under {@code code} ("" for all the department's 项). */
  Amount sum(ItemMeasure measure, String code) {
    Map<ItemMeasure, Amount> sums = sumsByCode.get(code);
    Amount v = sums == null ? null : sums.get(measure);
    return v == null ? zero() : v;
  }

  Amount fact(Fact fact) {
    return facts.factOrZero(fact);
  }

  static Amount add(Amount sum, int sign, Amount value) {
    return sign > 0 ? sum.plus(value) : sum.minus(value);
  }
}
