package io.juesuan.core.table;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One 栏 of a table layout.
 *
 * @param header the header levels from the outermost merged cell down, e.g. [支出, 决算数, 合计]
 * @param side "income" / "expenditure" for two-sided tables (01, 04表), empty otherwise
 * @param measure expression giving the cell from leaf facts for rows with a code
 * @param sum column formula "2+3-4" giving the cell from other columns of the same row
 * @param key the stable name rules, figures and the audit use for this column ("本年收入合计", "基本支出"),
 *     the same in every edition whatever the printed 栏次 or order
 */
public record ColumnLayout(
    ColumnNo no,
    List<String> header,
    Optional<String> side,
    Optional<String> measure,
    Optional<String> sum,
    Optional<String> key) {
  public ColumnLayout {
    Objects.requireNonNull(no, "no");
    header = List.copyOf(header);
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(sum, "sum");
    Objects.requireNonNull(key, "key");
  }

  /** The innermost header text ("合计"). */
  public String name() {
    return header.isEmpty() ? "" : header.get(header.size() - 1);
  }

  /** All header levels joined: "支出/决算数/合计". */
  public String fullName() {
    return String.join("/", header);
  }
}
