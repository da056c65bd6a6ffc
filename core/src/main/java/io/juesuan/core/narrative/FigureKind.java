package io.juesuan.core.narrative;

/** What kind of figure a sentence cites. */
public enum FigureKind {
  /** An amount in 万元 ("990.75万元"). */
  AMOUNT,
  /** A percentage: share, 完成率/执行率 or growth ("99.9%"). */
  PERCENT,
  /** A direction word: 增加/减少/持平/大于/小于/等于/增长/下降/降低. */
  DIRECTION,
  /** A year ("2023年度"). */
  YEAR,
  /** A count with its measure word ("7辆", "0个"). */
  COUNT,
  /** A classification name ("一般公共服务(类)…行政运行(项)"). */
  NAME
}
