package io.juesuan.core.filing;

import io.juesuan.core.report.FinalAccounts;
import java.util.Arrays;
import java.util.Optional;

/**
 * The lists of a department-year whose rows are classification codes chosen from the catalog: 功能分类项
 * and 经济分类款. {@link #path()} names the list in URLs, {@link #anchor(String)} the row in the form.
 */
public enum CodeList {
  ITEMS("items", "item-", "功能分类项"),
  ECONOMIC("economic", "economic-", "经济分类款");

  private final String path;
  private final String rowPrefix;
  private final String label;

  CodeList(String path, String rowPrefix, String label) {
    this.path = path;
    this.rowPrefix = rowPrefix;
    this.label = label;
  }

  public static Optional<CodeList> ofPath(String path) {
    return Arrays.stream(values()).filter(l -> l.path.equals(path)).findFirst();
  }

  public String path() {
    return path;
  }

  public String label() {
    return label;
  }

  /** The form anchor of a row ("item-2013101"). */
  public String anchor(String code) {
    return rowPrefix + code;
  }

  /**
   * Adds the code (checked against the edition's catalog); a problem is an InvalidEditException.
   */
  public FinalAccounts add(FinalAccounts accounts, String code) {
    return this == ITEMS
        ? FactEdits.addItem(accounts, code.trim())
        : FactEdits.addEconomic(accounts, code.trim());
  }

  public FinalAccounts remove(FinalAccounts accounts, String code) {
    return this == ITEMS
        ? FactEdits.removeItem(accounts, code)
        : FactEdits.removeEconomic(accounts, code);
  }
}
