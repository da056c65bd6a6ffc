package io.juesuan.core.consolidation;

import io.juesuan.core.money.Amount;
import io.juesuan.core.money.AmountUnit;
import io.juesuan.core.report.FunctionalItem;
import io.juesuan.core.report.ItemMeasure;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Removes the transfers inside a consolidated set: 上级补助收入 against 对附属单位补助支出, and 附属单位上缴收入 against
 * 上缴上级支出, only as far as both sides are in the set. The amount eliminated is the smaller of the two
 * sides' totals; it is taken first where both sides use the same 项, then 项 by 项 in code order. What
 * one side shows beyond the other stays (it is a transfer with a unit outside the set) and is
 * noted.
 */
final class Eliminations {
  /** The pairs of measures that are two sides of one internal transfer. */
  private static final ItemMeasure[][] PAIRS = {
    {ItemMeasure.INCOME_SUPERIOR, ItemMeasure.EXPENDITURE_TO_AFFILIATED},
    {ItemMeasure.INCOME_AFFILIATED, ItemMeasure.EXPENDITURE_TO_SUPERIOR}
  };

  private final Map<String, FunctionalItem> items;
  private final AmountUnit unit;
  final List<Elimination> done = new ArrayList<>();
  final List<String> notes = new ArrayList<>();

  Eliminations(Map<String, FunctionalItem> items, AmountUnit unit) {
    this.items = items;
    this.unit = unit;
  }

  void run() {
    for (ItemMeasure[] pair : PAIRS) {
      eliminate(pair[0], pair[1]);
    }
  }

  private void eliminate(ItemMeasure income, ItemMeasure expenditure) {
    Map<String, Amount> in = amounts(income);
    Map<String, Amount> out = amounts(expenditure);
    Amount inTotal = total(in);
    Amount outTotal = total(out);
    if (inTotal.isZero() && outTotal.isZero()) {
      return;
    }
    if (inTotal.isZero() || outTotal.isZero()) {
      ItemMeasure shown = inTotal.isZero() ? expenditure : income;
      ItemMeasure missing = inTotal.isZero() ? income : expenditure;
      notes.add(
          shown.label()
              + " "
              + (inTotal.isZero() ? outTotal : inTotal).plain()
              + " 未抵销：汇总范围内没有对应的"
              + missing.label()
              + "（对方单位不在汇总范围内）");
      return;
    }
    for (String code : new ArrayList<>(in.keySet())) {
      if (out.containsKey(code)) {
        take(income, code, in, expenditure, code, out);
      }
    }
    for (String inCode : new ArrayList<>(in.keySet())) {
      for (String outCode : new ArrayList<>(out.keySet())) {
        if (in.containsKey(inCode)) {
          take(income, inCode, in, expenditure, outCode, out);
        }
      }
    }
    Amount left = total(in).plus(total(out));
    if (!left.isZero()) {
      ItemMeasure side = total(in).isZero() ? expenditure : income;
      notes.add(
          side.label()
              + " 抵销后余 "
              + (total(in).isZero() ? total(out) : total(in)).plain()
              + "：汇总范围内对方的"
              + (side == income ? expenditure : income).label()
              + "较少，余额为与范围外单位的往来");
    }
  }

  private void take(
      ItemMeasure income,
      String inCode,
      Map<String, Amount> in,
      ItemMeasure expenditure,
      String outCode,
      Map<String, Amount> out) {
    Amount a = in.get(inCode);
    Amount b = out.get(outCode);
    if (a == null || b == null) {
      return;
    }
    Amount x = a.compareTo(b) <= 0 ? a : b;
    if (x.isZero()) {
      return;
    }
    reduce(inCode, income, x);
    reduce(outCode, expenditure, x);
    done.add(new Elimination(income, inCode, expenditure, outCode, x));
    put(in, inCode, a.minus(x));
    put(out, outCode, b.minus(x));
  }

  private static void put(Map<String, Amount> m, String code, Amount v) {
    if (v.isZero()) {
      m.remove(code);
    } else {
      m.put(code, v);
    }
  }

  private void reduce(String code, ItemMeasure measure, Amount by) {
    FunctionalItem i = items.get(code);
    Map<ItemMeasure, Amount> amounts = new EnumMap<>(ItemMeasure.class);
    amounts.putAll(i.amounts());
    amounts.put(measure, i.amount(measure).minus(by));
    items.put(code, new FunctionalItem(i.code(), i.name(), amounts, i.unit()));
  }

  private Map<String, Amount> amounts(ItemMeasure m) {
    Map<String, Amount> out = new TreeMap<>();
    for (FunctionalItem i : items.values()) {
      Amount a = i.amount(m);
      if (!a.isZero()) {
        out.put(i.code().value(), a);
      }
    }
    return out;
  }

  private Amount total(Map<String, Amount> m) {
    Amount sum = Amount.zero(unit);
    for (Amount a : m.values()) {
      sum = sum.plus(a);
    }
    return sum;
  }
}
