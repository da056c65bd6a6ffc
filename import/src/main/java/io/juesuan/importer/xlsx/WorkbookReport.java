package io.juesuan.importer.xlsx;

import io.juesuan.core.audit.PublishedReport;
import io.juesuan.importer.DocumentReader;
import io.juesuan.importer.ImportException;
import io.juesuan.importer.Line;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A workbook holding the nine 公开表 (as districts circulate them, and as our XLSX prints them) read
 * as a report: each sheet's cells laid out as a page — each cell a word spanning its (merged)
 * columns at the sheet's column widths, one line per row, the text as the sheet shows it — and read
 * by the same reader as a PDF: tables found by their titles in any sheet order, columns by their
 * headers or 栏次, rows by code, 行次 or label.
 */
public final class WorkbookReport {
  /** Points per character of column width (Excel's width unit is 1/256 of a character). */
  private static final float POINTS_PER_CHAR = 5.5f;

  private static final float ROW_PITCH = 15f;

  private static final float PADDING = 3f;

  private WorkbookReport() {}

  /** Whether the bytes are an Office Open XML package (a ZIP), as .xlsx files are. */
  public static boolean isWorkbook(byte[] content) {
    return content.length > 4
        && content[0] == 'P'
        && content[1] == 'K'
        && content[2] == 3
        && content[3] == 4;
  }

  public static PublishedReport read(String source, byte[] content) {
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(content))) {
      DataFormatter shown = new DataFormatter(java.util.Locale.CHINA);
      List<Line> lines = new ArrayList<>();
      for (int s = 0; s < wb.getNumberOfSheets(); s++) {
        lines.addAll(page(wb.getSheetAt(s), s + 1, shown));
      }
      if (lines.isEmpty()) {
        throw new ImportException(source + ": 工作簿中没有任何内容");
      }
      return DocumentReader.read(source, lines);
    } catch (IOException | RuntimeException e) {
      if (e instanceof ImportException ie) {
        throw ie;
      }
      throw new ImportException(source + ": 无法读取工作簿（" + e.getMessage() + "）", e);
    }
  }

  /** One sheet as a page: its rows as lines, each non-empty cell a word where the cell stands. */
  static List<Line> page(Sheet sheet, int page, DataFormatter shown) {
    Map<Integer, int[]> merged = new TreeMap<>(); // first cell (row * 4096 + col) -> last col
    List<CellRangeAddress> regions = sheet.getMergedRegions();
    for (CellRangeAddress r : regions) {
      merged.put(r.getFirstRow() * 4096 + r.getFirstColumn(), new int[] {r.getLastColumn()});
    }
    float[] left = columnLefts(sheet);
    java.util.Set<Integer> numberColumns = new java.util.HashSet<>();
    java.util.Set<Integer> numberRows = new java.util.HashSet<>();
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() != CellType.STRING) {
          continue;
        }
        String t = cell.getStringCellValue().replaceAll("\\s", "");
        int c = cell.getColumnIndex();
        if (t.contains("行次") || t.contains("编码") || t.contains("代码")) {
          int last = merged.getOrDefault(row.getRowNum() * 4096 + c, new int[] {c})[0];
          for (int k = c; k <= last; k++) {
            numberColumns.add(k);
          }
        }
        if (t.equals("栏次")) {
          numberRows.add(row.getRowNum());
        }
      }
    }
    List<Line> lines = new ArrayList<>();
    for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      List<Line.Word> words = new ArrayList<>();
      for (Cell cell : row) {
        boolean counting = numberColumns.contains(cell.getColumnIndex()) || numberRows.contains(r);
        String text = text(cell, shown, counting);
        if (text.isEmpty()) {
          continue;
        }
        int c = cell.getColumnIndex();
        int last = merged.getOrDefault(r * 4096 + c, new int[] {c})[0];
        // the text inside the cell's padding, as a printed cell sets it: neighbouring cells' texts
        // never touch
        float x0 = at(left, c) + PADDING;
        float x1 = Math.max(x0 + 1, at(left, last + 1) - PADDING);
        float y = r * ROW_PITCH;
        for (String part : text.split("[\\s\\u3000]+")) {
          if (!part.isEmpty()) {
            words.add(new Line.Word(part, x0, x1, y));
          }
        }
      }
      if (!words.isEmpty()) {
        lines.add(new Line(page, words));
      }
    }
    return lines;
  }

  /**
   * The cell's text as the sheet shows it (a formula by its last computed value). A number shown
   * without two decimals ("General" format) is an amount with two decimals, unless it stands in a
   * 行次 or code column or on the 栏次 row ({@code counting}), where whole numbers stay as they are.
   */
  static String text(Cell cell, DataFormatter shown, boolean counting) {
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    if (type != CellType.NUMERIC
        || org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
      return type == CellType.STRING ? cell.getStringCellValue().trim() : shownText(cell, shown);
    }
    String text = shownText(cell, shown);
    if (text.matches("-?[\\d,]+\\.\\d{2}")) {
      return text;
    }
    java.math.BigDecimal v = java.math.BigDecimal.valueOf(cell.getNumericCellValue());
    if (counting && v.stripTrailingZeros().scale() <= 0) {
      return v.toBigInteger().toString();
    }
    return v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  private static String shownText(Cell cell, DataFormatter shown) {
    if (cell.getCellType() == CellType.FORMULA) {
      return switch (cell.getCachedFormulaResultType()) {
        case NUMERIC ->
            shown.formatRawCellContents(
                cell.getNumericCellValue(),
                cell.getCellStyle().getDataFormat(),
                cell.getCellStyle().getDataFormatString());
        case STRING -> cell.getStringCellValue();
        default -> "";
      };
    }
    return shown.formatCellValue(cell).trim();
  }

  /** The left edge of each column, from the sheet's column widths. */
  private static float[] columnLefts(Sheet sheet) {
    int columns = 0;
    for (Row row : sheet) {
      columns = Math.max(columns, row.getLastCellNum());
    }
    float[] left = new float[Math.max(columns, 0) + 2];
    for (int c = 1; c < left.length; c++) {
      left[c] = left[c - 1] + sheet.getColumnWidth(c - 1) / 256f * POINTS_PER_CHAR;
    }
    return left;
  }

  private static float at(float[] left, int column) {
    if (column < left.length) {
      return left[column];
    }
    return left[left.length - 1] + (column - left.length + 1) * 40f;
  }
}
