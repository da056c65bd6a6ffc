package io.juesuan.dataset.xlsx;

import io.juesuan.core.report.ItemMeasure;
import java.util.List;

/** The dataset workbook's sheets and columns, shared by writer and reader. */
final class Sheets {
  static final String README = "填写说明";
  static final String DEPARTMENT = "部门";
  static final String FUNCTIONAL = "功能分类";
  static final String ECONOMIC = "经济分类";
  static final String FACTS = "其他数据";
  static final String TEXTS = "文字";
  static final String PROJECTS = "绩效项目";
  static final String INDICATORS = "绩效指标";

  /** 功能分类 columns: code, name, then one per leaf-fact measure, headed by its Chinese label. */
  static final List<ItemMeasure> MEASURES = List.of(ItemMeasure.values());

  static final List<String> PROJECT_COLUMNS = List.of("项目名称", "预算数", "执行数");
  static final List<String> INDICATOR_COLUMNS =
      List.of("年度目标", "年度绩效目标", "一级指标", "二级指标", "三级指标", "年初目标值", "实际完成值");

  private Sheets() {}

  /** "A", "B", … "AA" for a 0-based column index. */
  static String column(int index) {
    StringBuilder b = new StringBuilder();
    int i = index + 1;
    while (i > 0) {
      int r = (i - 1) % 26;
      b.insert(0, (char) ('A' + r));
      i = (i - 1) / 26;
    }
    return b.toString();
  }
}
