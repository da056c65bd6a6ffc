package io.juesuan.dataset.xlsx;

import io.juesuan.core.money.Amount;
import io.juesuan.core.money.AmountUnit;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * Reads cell values as text exactly as Excel shows them (numbers through POI's Excel-compatible
 * conversion, never through a binary floating-point decimal), and records problems with sheet, row
 * and column.
 */
final class CellText {
  private final String file;
  private final List<String> problems;

  CellText(String file, List<String> problems) {
    this.file = file;
    this.problems = problems;
  }

  String text(Row r, int column) {
    Cell c = r.getCell(column);
    if (c == null) {
      return "";
    }
    CellType type =
        c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    return switch (type) {
      case NUMERIC -> NumberToTextConverter.toText(c.getNumericCellValue());
      case STRING -> c.getStringCellValue().strip();
      case BOOLEAN -> c.getBooleanCellValue() ? "是" : "否";
      default -> "";
    };
  }

  Optional<Amount> amount(Sheet sh, Row r, int column, String field, AmountUnit unit) {
    String t = text(r, column);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    Optional<Amount> a = Amount.parse(t, unit);
    if (a.isEmpty()) {
      problem(
          sh,
          r,
          column,
          "（" + field + "）\"" + t + "\" " + (t.matches("[-+]?\\d+\\.\\d{3,}") ? "最多两位小数" : "不是数字"));
    }
    return a;
  }

  Optional<Integer> count(Sheet sh, Row r, int column, String field) {
    String t = text(r, column);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    if (!t.matches("\\d{1,9}")) {
      problem(sh, r, column, "（" + field + "）应为非负整数，实为 \"" + t + "\"");
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(t));
  }

  void problem(Sheet sh, Row r, int column, String message) {
    problems.add(
        file
            + " 工作表“"
            + sh.getSheetName()
            + "”第"
            + (r.getRowNum() + 1)
            + "行"
            + Sheets.column(column)
            + "列: "
            + message);
  }
}
