package io.juesuan.core.report;

import io.juesuan.core.money.Amount;
import io.juesuan.core.money.AmountUnit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * 基础数据 — the few figures a filer enters (SPEC §10); every table, total, share and sentence is
 * derived from them. All amounts are in {@link #unit()}. {@code codeNames} names 类/款 codes the
 * catalog lacks (the 项 carry their own names).
 */
public record LeafFacts(
    AmountUnit unit,
    List<FunctionalItem> items,
    List<EconomicItem> economicItems,
    Map<Fact, Amount> facts,
    Map<Count, Integer> counts,
    List<NamedCount> vehiclesByUse,
    Map<String, String> codeNames) {

  public LeafFacts {
    Objects.requireNonNull(unit, "unit");
    items = List.copyOf(items);
    economicItems = List.copyOf(economicItems);
    EnumMap<Fact, Amount> f = new EnumMap<>(Fact.class);
    f.putAll(facts);
    facts = Collections.unmodifiableMap(f);
    EnumMap<Count, Integer> c = new EnumMap<>(Count.class);
    c.putAll(counts);
    counts = Collections.unmodifiableMap(c);
    vehiclesByUse = List.copyOf(vehiclesByUse);
    codeNames = Map.copyOf(codeNames);
  }

  /** An entered fact, empty when the filer left it out (not the same as zero). */
  public Optional<Amount> fact(Fact fact) {
    return Optional.ofNullable(facts.get(fact));
  }

  /** A fact, zero when not entered. */
  public Amount factOrZero(Fact fact) {
    return facts.getOrDefault(fact, Amount.zero(unit));
  }

  public Optional<Integer> count(Count count) {
    return Optional.ofNullable(counts.get(count));
  }

  /** The same facts with more counts (later entries win). */
  public LeafFacts withCounts(Map<Count, Integer> more) {
    EnumMap<Count, Integer> c = new EnumMap<>(Count.class);
    c.putAll(counts);
    c.putAll(more);
    return new LeafFacts(unit, items, economicItems, facts, c, vehiclesByUse, codeNames);
  }

  /** The same facts with one fact entered, or left out when {@code amount} is empty. */
  public LeafFacts withFact(Fact fact, Optional<Amount> amount) {
    EnumMap<Fact, Amount> f = new EnumMap<>(Fact.class);
    f.putAll(facts);
    amount.ifPresentOrElse(v -> f.put(fact, v), () -> f.remove(fact));
    return new LeafFacts(unit, items, economicItems, f, counts, vehiclesByUse, codeNames);
  }

  /** The same facts with one count entered, or left out when {@code count} is empty. */
  public LeafFacts withCount(Count count, Optional<Integer> value) {
    EnumMap<Count, Integer> c = new EnumMap<>(Count.class);
    c.putAll(counts);
    value.ifPresentOrElse(v -> c.put(count, v), () -> c.remove(count));
    return new LeafFacts(unit, items, economicItems, facts, c, vehiclesByUse, codeNames);
  }

  /** No figures yet (a new department-year), in 元. */
  public static LeafFacts none() {
    return new LeafFacts(
        AmountUnit.YUAN, List.of(), List.of(), Map.of(), Map.of(), List.of(), Map.of());
  }

  public LeafFacts withItems(List<FunctionalItem> items) {
    return new LeafFacts(unit, items, economicItems, facts, counts, vehiclesByUse, codeNames);
  }

  public LeafFacts withEconomicItems(List<EconomicItem> economicItems) {
    return new LeafFacts(unit, items, economicItems, facts, counts, vehiclesByUse, codeNames);
  }
}
