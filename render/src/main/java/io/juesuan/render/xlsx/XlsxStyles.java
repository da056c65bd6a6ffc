package io.juesuan.render.xlsx;

import io.juesuan.render.grid.GridCell;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Cell styles: title, headers, text, amounts ({@code #,##0.00}), each plain or bold for 合计 rows.
 */
final class XlsxStyles {
  final CellStyle title;
  final CellStyle plain;
  final CellStyle note;
  final CellStyle right;
  final CellStyle head;
  final CellStyle text;
  private final CellStyle textBold;
  private final CellStyle center;
  private final CellStyle centerBold;
  private final CellStyle number;
  private final CellStyle numberBold;
  private final CellStyle figure;

  XlsxStyles(XSSFWorkbook wb) {
    XSSFFont normal = font(wb, 10, false);
    XSSFFont bold = font(wb, 10, true);
    title = wb.createCellStyle();
    title.setFont(font(wb, 16, true));
    title.setAlignment(HorizontalAlignment.CENTER);
    plain = wb.createCellStyle();
    plain.setFont(normal);
    note = wb.createCellStyle();
    note.setFont(normal);
    note.setWrapText(true);
    note.setVerticalAlignment(VerticalAlignment.TOP);
    right = wb.createCellStyle();
    right.setFont(normal);
    right.setAlignment(HorizontalAlignment.RIGHT);
    head = bordered(wb, bold, HorizontalAlignment.CENTER);
    head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    head.setWrapText(true);
    text = bordered(wb, normal, HorizontalAlignment.LEFT);
    textBold = bordered(wb, bold, HorizontalAlignment.LEFT);
    center = bordered(wb, normal, HorizontalAlignment.CENTER);
    centerBold = bordered(wb, bold, HorizontalAlignment.CENTER);
    short format = wb.createDataFormat().getFormat("#,##0.00");
    number = bordered(wb, normal, HorizontalAlignment.RIGHT);
    number.setDataFormat(format);
    numberBold = bordered(wb, bold, HorizontalAlignment.RIGHT);
    numberBold.setDataFormat(format);
    figure = bordered(wb, normal, HorizontalAlignment.RIGHT);
  }

  CellStyle of(GridCell c, boolean header) {
    if (header) {
      return head;
    }
    return switch (c.kind()) {
      case NUMBER -> c.emphasis() ? numberBold : number;
      case FIGURE -> figure;
      case CENTER -> c.emphasis() ? centerBold : center;
      default -> c.emphasis() ? textBold : text;
    };
  }

  private static XSSFFont font(XSSFWorkbook wb, int points, boolean bold) {
    XSSFFont f = wb.createFont();
    f.setFontName(bold ? "黑体" : "宋体");
    f.setFontHeightInPoints((short) points);
    f.setBold(bold);
    return f;
  }

  private static CellStyle bordered(XSSFWorkbook wb, XSSFFont font, HorizontalAlignment align) {
    CellStyle s = wb.createCellStyle();
    s.setFont(font);
    s.setAlignment(align);
    s.setVerticalAlignment(VerticalAlignment.CENTER);
    s.setBorderTop(BorderStyle.THIN);
    s.setBorderBottom(BorderStyle.THIN);
    s.setBorderLeft(BorderStyle.THIN);
    s.setBorderRight(BorderStyle.THIN);
    s.setWrapText(align != HorizontalAlignment.RIGHT);
    return s;
  }
}
