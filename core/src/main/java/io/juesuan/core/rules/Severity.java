package io.juesuan.core.rules;

/** 严重程度 of a finding. */
public enum Severity {
  /** 错误: a real inconsistency that must be fixed. */
  ERROR("error", "错误"),
  /** 尾数差异: a difference that rounding each published term to 0.01 万元 explains. */
  ROUNDING_DIFFERENCE("rounding", "尾数差异"),
  /** 警告: something to look at (missing text, unknown code, implausible figure). */
  WARNING("warning", "警告"),
  /** 提示. */
  INFO("info", "提示");

  private final String code;
  private final String label;

  Severity(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The id used in JSON and rule files: error, rounding, warning, info. */
  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Severity ofCode(String code) {
    for (Severity s : values()) {
      if (s.code.equals(code)) {
        return s;
      }
    }
    throw new IllegalArgumentException("未知严重程度: " + code);
  }
}
