package io.juesuan.web.portal;

import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.table.CellRef;
import io.juesuan.core.table.ColumnNo;
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
    String[] income = {
      "一般公共预算财政拨款收入",
      "政府性基金预算财政拨款收入",
      "国有资本经营预算财政拨款收入",
      "上级补助收入",
      "事业收入",
      "经营收入",
      "附属单位上缴收入",
      "其他收入"
    };
    List<Map<String, Object>> incomeSlices = new ArrayList<>();
    for (int row = 1; row <= 8; row++) {
      BigDecimal v = t.amountOrZero(CellRef.of("01", String.valueOf(row), 1)).value();
      if (v.signum() != 0) {
        incomeSlices.add(Map.of("name", income[row - 1], "value", v));
      }
    }
    out.put("income", incomeSlices);
    List<String> categories = new ArrayList<>();
    List<BigDecimal> spent = new ArrayList<>();
    DisclosureTable t03 = t.table(TableId.of("03")).orElseThrow();
    for (TableRow r : t03.rows()) {
      if (r.kind() == RowKind.CATEGORY) {
        categories.add(r.label());
        spent.add(t03.amountOrZero(r.no(), ColumnNo.of(1)).value());
      }
    }
    out.put("categories", categories);
    out.put("categorySpending", spent);
    out.put(
        "byType",
        List.of(
            Map.of("name", "基本支出", "value", t.amountOrZero(CellRef.of("03", "合计", 2)).value()),
            Map.of("name", "项目支出", "value", t.amountOrZero(CellRef.of("03", "合计", 3)).value())));
    out.put("threePublicItems", List.of("因公出国（境）费", "公务用车购置费", "公务用车运行费", "公务接待费"));
    out.put("threePublicBudget", List.of(v(t, 2), v(t, 4), v(t, 5), v(t, 6)));
    out.put("threePublicActual", List.of(v(t, 8), v(t, 10), v(t, 11), v(t, 12)));
    return out;
  }

  private static BigDecimal v(TableSet t, int column) {
    return t.amountOrZero(CellRef.of("09", "1", column)).value();
  }
}
