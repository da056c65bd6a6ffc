package io.juesuan.core;

import io.juesuan.core.classification.EconomicCode;
import io.juesuan.core.classification.FunctionCode;
import io.juesuan.core.money.Amount;
import io.juesuan.core.money.AmountUnit;
import io.juesuan.core.performance.Evaluation;
import io.juesuan.core.report.Count;
import io.juesuan.core.report.Department;
import io.juesuan.core.report.EconomicItem;
import io.juesuan.core.report.Explanations;
import io.juesuan.core.report.Fact;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.FunctionalItem;
import io.juesuan.core.report.ItemMeasure;
import io.juesuan.core.report.LeafFacts;
import io.juesuan.core.report.TextSlot;
import io.juesuan.core.report.Unit;
import io.juesuan.core.report.UnitKind;
import io.juesuan.core.table.ColumnNo;
import io.juesuan.core.table.DisclosureTable;
import io.juesuan.core.table.RowNo;
import io.juesuan.core.table.TableId;
import io.juesuan.core.table.TableSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Test fixtures in ddd-library's style: {@code aTableSet().cell("01", "27", 1, "990.75")}. */
public final class Fixtures {
  private Fixtures() {}

  public static TableSetBuilder aTableSet() {
    return new TableSetBuilder(AmountUnit.WAN_YUAN);
  }

  public static TableSetBuilder aTableSetInYuan() {
    return new TableSetBuilder(AmountUnit.YUAN);
  }

  public static AccountsBuilder aDepartmentYear() {
    return new AccountsBuilder();
  }

  /** Builds a table set cell by cell; rows appear in the order their first cell is given. */
  public static final class TableSetBuilder {
    private final AmountUnit unit;
    private final Map<TableId, DisclosureTable.Builder> tables = new TreeMap<>();

    TableSetBuilder(AmountUnit unit) {
      this.unit = unit;
    }

    public TableSetBuilder cell(String table, String row, int column, String value) {
      tables
          .computeIfAbsent(TableId.of(table), id -> DisclosureTable.builder(id, unit))
          .put(RowNo.of(row), ColumnNo.of(column), Amount.of(value, unit));
      return this;
    }

    /** Declares a table present but without figures (an empty 07表). */
    public TableSetBuilder emptyTable(String table) {
      tables.computeIfAbsent(TableId.of(table), id -> DisclosureTable.builder(id, unit));
      return this;
    }

    public TableSet build() {
      Map<TableId, DisclosureTable> m = new TreeMap<>();
      tables.forEach((id, b) -> m.put(id, b.build()));
      return new TableSet(unit, m);
    }
  }

  /** Builds a small department-year in 元. */
  public static final class AccountsBuilder {
    private final List<FunctionalItem> items = new ArrayList<>();
    private final List<EconomicItem> economic = new ArrayList<>();
    private final Map<Fact, Amount> facts = new EnumMap<>(Fact.class);
    private final Map<String, String> texts = new java.util.LinkedHashMap<>();
    private UnitKind kind = UnitKind.ADMINISTRATIVE;

    public AccountsBuilder item(String code, String name, String... measureValuePairs) {
      Map<ItemMeasure, Amount> m = new LinkedHashMap<>();
      for (int i = 0; i < measureValuePairs.length; i += 2) {
        m.put(
            ItemMeasure.ofKey(measureValuePairs[i]).orElseThrow(),
            Amount.yuan(measureValuePairs[i + 1]));
      }
      items.add(new FunctionalItem(FunctionCode.of(code), name, m, AmountUnit.YUAN));
      return this;
    }

    public AccountsBuilder economic(String code, String name, String value) {
      economic.add(new EconomicItem(EconomicCode.of(code), name, Amount.yuan(value)));
      return this;
    }

    public AccountsBuilder fact(String key, String value) {
      facts.put(Fact.ofKey(key).orElseThrow(), Amount.yuan(value));
      return this;
    }

    public AccountsBuilder text(String key, String value) {
      texts.put(TextSlot.ofKey(key).orElseThrow().key(), value);
      return this;
    }

    public AccountsBuilder kind(UnitKind kind) {
      this.kind = kind;
      return this;
    }

    public FinalAccounts build() {
      Department d =
          new Department(
              "测试部门", "测试部门", "", kind, List.of(new Unit("测试部门（本级）", kind, true)), List.of("职责"));
      LeafFacts f =
          new LeafFacts(
              AmountUnit.YUAN,
              items,
              economic,
              facts,
              Map.<Count, Integer>of(),
              List.of(),
              Map.of());
      Explanations e = Explanations.none().withTexts(texts);
      return new FinalAccounts(2023, d, f, e, Evaluation.empty());
    }
  }
}
