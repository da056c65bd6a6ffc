package io.juesuan.importer.table;

import io.juesuan.core.table.LayoutSet;
import io.juesuan.core.table.RowLayout;
import io.juesuan.core.table.RowNo;
import io.juesuan.core.table.TableId;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a 功能分类 类 is in each table: a row of its own in 02/03/05/07/08表, one of 01表 rows 32–57 (the
 * layout's {@code code} attribute), or the 04表 row printed one line lower (33–58).
 */
final class CategoryRows {
  private static final TableId T01 = TableId.of("01");
  private static final TableId T04 = TableId.of("04");
  private static final Pattern CLASS_CODE = Pattern.compile("\\d{3}");
  private final LayoutSet layouts;

  CategoryRows(LayoutSet layouts) {
    this.layouts = layouts;
  }

  Optional<String> codeOf(TableId table, RowNo row) {
    if (table.equals(T01) || table.equals(T04)) {
      int offset = table.equals(T04) ? 1 : 0;
      if (!row.isNumber()) {
        return Optional.empty();
      }
      RowNo in01 = RowNo.of(Integer.parseInt(row.value()) - offset);
      return layouts.table(T01).row(in01).flatMap(RowLayout::code);
    }
    return CLASS_CODE.matcher(row.value()).matches() ? Optional.of(row.value()) : Optional.empty();
  }

  Optional<RowNo> rowOf(TableId table, String code) {
    if (table.equals(T01) || table.equals(T04)) {
      int offset = table.equals(T04) ? 1 : 0;
      return layouts
          .table(T01)
          .rowForCode(code)
          .map(r -> RowNo.of(Integer.parseInt(r.no().value()) + offset));
    }
    return Optional.of(RowNo.of(code));
  }
}
