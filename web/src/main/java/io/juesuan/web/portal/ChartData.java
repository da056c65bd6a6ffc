package io.juesuan.web.portal;

import io.juesuan.core.edition.Edition;
import io.juesuan.core.edition.Editions;
import io.juesuan.core.narrative.FigureResolver;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.table.CellRef;
import io.juesuan.core.table.DisclosureTable;
import io.juesuan.core.table.RowKind;
import io.juesuan.core.table.TableId;
import io.juesuan.core.table.TableRow;
import io.juesuan.core.table.TableSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The series the report page's ECharts draw (万元): income by source, expenditure by 类 and by type,
 * 三公.
 */
final class ChartData {
  private ChartData() {}

  static Map<String, Object> of(FinalAccounts a, TableSet t) {
    Map<String, Object> out = new LinkedHashMap<>();
    Edition e = Editions.installed().forAccounts(a);
    FigureResolver r = new FigureResolver(a, t, e.layouts(), e.figures());
    List<Map<String, Object>> incomeSlices = new ArrayList<>();
    for (CellRef ref : r.cells("01.一般公共预算财政拨款收入..其他收入")) {
      BigDecimal v = t.amountOrZero(ref).value();
      if (v.signum() != 0) {
        String label = e.layouts().table(ref.table()).row(ref.row()).map(x -> x.label()).orElse("");
        incomeSlices.add(Map.of("name", label.replaceFirst("^[一二三四五六七八九十]+、", ""), "value", v));
      }
    }
    out.put("income", incomeSlices);
    List<String> categories = new ArrayList<>();
    List<BigDecimal> spent = new ArrayList<>();
    DisclosureTable t03 = t.table(TableId.of("03")).orElseThrow();
    for (TableRow row : t03.rows()) {
      if (row.kind() == RowKind.CATEGORY) {
        categories.add(row.label());
        spent.add(value(r, "@expenditure.code(" + row.no().value() + ")"));
      }
    }
    out.put("categories", categories);
    out.put("categorySpending", spent);
    List<Map<String, Object>> byType = new ArrayList<>();
    slice(byType, "基本支出", value(r, "@expenditure.basic"));
    slice(byType, "项目支出", value(r, "@expenditure.project"));
    out.put("byType", byType);
    out.put("threePublicItems", List.of("因公出国（境）费", "公务用车购置费", "公务用车运行费", "公务接待费"));
    List<String> items = List.of("abroad", "vehiclePurchase", "vehicleOperation", "reception");
    out.put(
        "threePublicBudget",
        items.stream().map(i -> value(r, "@threePublic.budget." + i)).toList());
    out.put(
        "threePublicActual",
        items.stream().map(i -> value(r, "@threePublic.actual." + i)).toList());
    return out;
  }

  /** A pie slice, left out when zero: a chart never draws empty data. */
  private static void slice(List<Map<String, Object>> slices, String name, BigDecimal value) {
    if (value.signum() != 0) {
      slices.add(Map.of("name", name, "value", value));
    }
  }

  private static BigDecimal value(FigureResolver r, String figure) {
    return r.resolve(figure).orElse(BigDecimal.ZERO);
  }
}
