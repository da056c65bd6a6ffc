package io.juesuan.core.report;

import io.juesuan.core.classification.FunctionCode;
import io.juesuan.core.money.Amount;
import io.juesuan.core.money.AmountUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The leaf facts of one 支出功能分类 项 the department used: income by source, expenditure by type, the
 * fiscal parts by fund, 年初预算. Everything in the tables keyed by code is summed from these.
 *
 * @param name the 项 name (from the catalog, or as the data gives it for codes not in the catalog)
 */
public record FunctionalItem(
    FunctionCode code, String name, Map<ItemMeasure, Amount> amounts, AmountUnit unit) {
  public FunctionalItem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    EnumMap<ItemMeasure, Amount> copy = new EnumMap<>(ItemMeasure.class);
    copy.putAll(amounts);
    for (Amount a : copy.values()) {
      if (a.unit() != unit) {
        throw new IllegalArgumentException("项 " + code + " 的金额单位不一致");
      }
    }
    amounts = java.util.Collections.unmodifiableMap(copy);
  }

  /** The amount of a measure, zero when not entered. */
  public Amount amount(ItemMeasure measure) {
    return amounts.getOrDefault(measure, Amount.zero(unit));
  }

  /** Whether the measure was entered at all (年初预算 may be missing, unlike zero). */
  public Optional<Amount> entered(ItemMeasure measure) {
    return Optional.ofNullable(amounts.get(measure));
  }
}
