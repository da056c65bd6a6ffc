package io.juesuan.core.performance;

/** 绩效指标完成判断. */
public enum Judgement {
  MET("达成"),
  NOT_MET("未达成"),
  /** A qualitative target ("根据实际情况") or an actual without a comparable number. */
  NOT_JUDGEABLE("需人工判断");

  private final String label;

  Judgement(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
