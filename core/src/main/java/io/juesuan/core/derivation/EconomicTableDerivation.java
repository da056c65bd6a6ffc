package io.juesuan.core.derivation;

import io.juesuan.core.classification.Catalog;
import io.juesuan.core.classification.EconomicCode;
import io.juesuan.core.money.Amount;
import io.juesuan.core.report.EconomicItem;
import io.juesuan.core.report.LeafFacts;
import io.juesuan.core.table.ColumnNo;
import io.juesuan.core.table.DisclosureTable;
import io.juesuan.core.table.RowKind;
import io.juesuan.core.table.RowLayout;
import io.juesuan.core.table.TableLayout;
import io.juesuan.core.table.TableRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives 06表 (基本支出 by 经济分类): the layout's code rows in its blocks (人员经费, 公用经费) and their totals. A
 * 款 the layout does not print is inserted under its 类; a 类 the layout does not know joins the 公用经费
 * block.
 */
final class EconomicTableDerivation {
  private static final String FALLBACK_BLOCK = "public";

  private final TableLayout layout;
  private final LeafFacts facts;
  private final Catalog catalog;

  EconomicTableDerivation(TableLayout layout, LeafFacts facts, Catalog catalog) {
    this.layout = layout;
    this.facts = facts;
    this.catalog = catalog;
  }

  DisclosureTable derive() {
    List<RowLayout> rows = rowsWithExtraCodes();
    Map<String, String> blockOfCategory = new LinkedHashMap<>();
    for (RowLayout r : rows) {
      if (r.no().value().length() == 3) {
        blockOfCategory.put(r.no().value(), r.attribute("block").orElse(FALLBACK_BLOCK));
      }
    }
    // Each code row sums the items under it: the items' amounts summed once per code prefix of a
    // length the rows use, not searched again for every row.
    java.util.Set<Integer> lengths = new java.util.HashSet<>();
    for (RowLayout r : rows) {
      lengths.add(r.no().value().length());
    }
    Map<String, java.math.BigDecimal> under = new java.util.HashMap<>();
    for (EconomicItem item : facts.economicItems()) {
      if (item.amount().unit() != facts.unit()) {
        throw new IllegalArgumentException(
            "不能混合计算不同单位的金额: " + Amount.zero(facts.unit()) + " 与 " + item.amount());
      }
      String code = item.code().value();
      for (int length : lengths) {
        if (length <= code.length()) {
          under.merge(code.substring(0, length), item.amount().value(), java.math.BigDecimal::add);
        }
      }
    }
    ColumnNo column = layout.columns().get(0).no();
    DisclosureTable.Builder b = DisclosureTable.builder(layout.id(), facts.unit());
    for (RowLayout r : rows) {
      String no = r.no().value();
      Amount sum = Amount.zero(facts.unit());
      if (r.attribute("total").isPresent()) {
        String block = r.attribute("total").get();
        for (EconomicItem item : facts.economicItems()) {
          if (block.equals(
              blockOfCategory.getOrDefault(item.code().category().value(), FALLBACK_BLOCK))) {
            sum = sum.plus(item.amount());
          }
        }
        b.row(new TableRow(r.no(), r.label(), RowKind.TOTAL));
      } else {
        java.math.BigDecimal v = under.get(no);
        if (v != null) {
          sum = new Amount(v, facts.unit());
        }
        b.row(new TableRow(r.no(), r.label(), RowKind.ofCode(no)));
      }
      b.putNonZero(r.no(), column, sum);
    }
    return b.build();
  }

  /** Layout rows plus a row for every entered code the layout lacks, placed within its 类. */
  private List<RowLayout> rowsWithExtraCodes() {
    Map<String, String> names = new LinkedHashMap<>();
    for (EconomicItem item : facts.economicItems()) {
      names.put(item.code().value(), item.name());
    }
    return layout.rowsWithCodes(
        List.copyOf(names.keySet()),
        code ->
            names.containsKey(code)
                ? names.get(code)
                : catalog
                    .economicName(EconomicCode.of(code))
                    .orElse(facts.codeNames().getOrDefault(code, "")),
        FALLBACK_BLOCK);
  }
}
