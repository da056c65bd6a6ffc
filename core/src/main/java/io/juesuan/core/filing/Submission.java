package io.juesuan.core.filing;

import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.FunctionalItem;
import io.juesuan.core.report.ItemMeasure;
import java.util.ArrayList;
import java.util.List;

/**
 * 报送条件 — the facts a report cannot be published without. A department-year that lacks one is
 * refused at 报送 (and at 审核通过) with every missing fact named, whatever the rule catalog says: the
 * rules check consistency, and an empty report is consistent.
 */
public final class Submission {
  private Submission() {}

  /** What is missing, in Chinese; empty when the report may be submitted. */
  public static List<String> missing(FinalAccounts accounts) {
    List<String> missing = new ArrayList<>();
    if (accounts.department().units().isEmpty()) {
      missing.add("单位构成：至少填写一个单位（本级）");
    }
    if (accounts.department().duties().isEmpty()) {
      missing.add("主要职责：至少填写一条");
    }
    if (accounts.facts().items().isEmpty()) {
      missing.add("支出功能分类：至少填写一个功能分类项");
    } else if (accounts.facts().items().stream().noneMatch(Submission::hasAmount)) {
      missing.add("支出功能分类：各项的收入和支出均为空或为零，请填写本年度收支数据");
    }
    return missing;
  }

  private static boolean hasAmount(FunctionalItem item) {
    for (ItemMeasure measure : ItemMeasure.values()) {
      if (item.entered(measure).filter(a -> a.value().signum() != 0).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
