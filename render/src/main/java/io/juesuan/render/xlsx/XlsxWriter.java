package io.juesuan.render.xlsx;

import io.juesuan.core.JuesuanException;
import io.juesuan.render.Block;
import io.juesuan.render.DisclosureDocument;
import io.juesuan.render.grid.Grid;
import io.juesuan.render.grid.GridCell;
import io.juesuan.render.grid.TableBlock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The tables as a workbook: one sheet per 公开表 (and the 绩效自评表, 部门整体支出明细表) in official layout —
 * title, 公开NN表, 部门, 金额单位, merged headers, amounts as numbers formatted {@code #,##0.00}, frozen
 * header rows, A4 print setup fitted to the page width with header rows repeated.
 */
public final class XlsxWriter {
  public byte[] write(DisclosureDocument doc) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XlsxStyles styles = new XlsxStyles(wb);
      for (TableBlock t : doc.tableBlocks()) {
        XSSFSheet sheet = wb.createSheet(sheetName(t));
        int r = header(sheet, styles, t.title(), t.grid().columns());
        Row label = sheet.createRow(r++);
        put(label, t.grid().columns() - 1, t.label(), styles.right);
        Row meta = sheet.createRow(r++);
        put(meta, 0, t.department(), styles.plain);
        put(meta, t.grid().columns() - 1, t.unit(), styles.right);
        r = grid(sheet, styles, t.grid(), r);
        java.util.List<String> notes = new java.util.ArrayList<>(t.notes());
        t.emptyStatement().ifPresent(notes::add);
        int width = finish(sheet, t.grid(), 3 + t.grid().head().size());
        for (String note : notes) {
          note(sheet, styles, r++, note, t.grid().columns(), width);
        }
      }
      for (Block.Form f : doc.forms()) {
        XSSFSheet sheet = wb.createSheet(f.caption().contains("明细") ? "部门整体支出明细表" : "部门整体绩效自评表");
        int r = header(sheet, styles, f.caption(), f.grid().columns());
        for (String line : f.lines()) {
          put(sheet.createRow(r++), 0, line, styles.plain);
        }
        int top = r;
        grid(sheet, styles, f.grid(), top);
        finish(sheet, f.grid(), top + f.grid().head().size());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new JuesuanException("生成XLSX失败：" + e.getMessage(), e);
    }
  }

  private static int header(XSSFSheet sheet, XlsxStyles styles, String title, int columns) {
    Row row = sheet.createRow(0);
    row.setHeightInPoints(26);
    put(row, 0, title, styles.title);
    if (columns > 1) {
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
    }
    return 1;
  }

  private static int grid(XSSFSheet sheet, XlsxStyles styles, Grid g, int top) {
    int headRows = g.head().size();
    for (int r = 0; r < g.rowCount(); r++) {
      Row row = sheet.createRow(top + r);
      for (int c = 0; c < g.columns(); c++) {
        row.createCell(c).setCellStyle(r < headRows ? styles.head : styles.text);
      }
    }
    for (Grid.Placed p : g.place()) {
      GridCell c = p.cell();
      Cell cell = sheet.getRow(top + p.row()).getCell(p.column());
      boolean head = p.row() < headRows || c.kind() == GridCell.CellKind.HEAD;
      if (c.number().isPresent()) {
        cell.setCellValue(c.number().get().doubleValue());
      } else {
        cell.setCellValue(c.text());
      }
      cell.setCellStyle(styles.of(c, head));
      if (c.colspan() > 1 || c.rowspan() > 1) {
        for (int dr = 0; dr < c.rowspan(); dr++) {
          for (int dc = 0; dc < c.colspan(); dc++) {
            sheet
                .getRow(top + p.row() + dr)
                .getCell(p.column() + dc)
                .setCellStyle(styles.of(c, head));
          }
        }
        sheet.addMergedRegion(
            new CellRangeAddress(
                top + p.row(),
                top + p.row() + c.rowspan() - 1,
                p.column(),
                p.column() + c.colspan() - 1));
      }
    }
    return top + g.rowCount();
  }

  /** A note under a table across its width, wrapped, its row as high as its lines. */
  private static void note(
      XSSFSheet sheet, XlsxStyles styles, int r, String text, int columns, int width) {
    Row row = sheet.createRow(r);
    put(row, 0, text, styles.note);
    int lines = Math.max(1, (chars(text) + width - 3) / Math.max(1, width - 2));
    row.setHeightInPoints(lines * 14f);
    if (columns > 1) {
      sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
    }
  }

  private static void put(
      Row row, int column, String text, org.apache.poi.ss.usermodel.CellStyle style) {
    Cell c = row.createCell(column);
    c.setCellValue(text);
    c.setCellStyle(style);
  }

  /**
   * Column widths from content (an amount column as wide as its widest figure formatted {@code
   * #,##0.00}, a name column as its longest name up to {@link #MAX_TEXT} characters, wrapping
   * beyond), header rows frozen, and A4 print setup: fitted to the page width only (a long table
   * runs on to further pages at the same scale), landscape when the columns are wider than a
   * portrait page, title and header rows repeated on every page.
   *
   * @param bodyTop the first row below the grid's header rows
   * @return the sheet's width in characters
   */
  private static int finish(XSSFSheet sheet, Grid g, int bodyTop) {
    int[] widths = new int[g.columns()];
    int headRows = g.head().size();
    for (Grid.Placed p : g.place()) {
      GridCell c = p.cell();
      if (c.colspan() != 1) {
        continue;
      }
      int w =
          c.number().isPresent()
              ? FORMAT.format(c.number().get()).length() + 1
              : Math.min(chars(c.text()), MAX_TEXT);
      if (p.row() < headRows) {
        w = Math.min(w, Math.max(8, (chars(c.text()) + 2) / 3)); // header text wraps
      }
      widths[p.column()] = Math.max(widths[p.column()], w);
    }
    boolean[] text = new boolean[g.columns()];
    for (Grid.Placed p : g.place()) {
      if (p.cell().colspan() == 1 && p.row() >= headRows && p.cell().number().isEmpty()) {
        text[p.column()] = true;
      }
    }
    for (int c = 0; c < widths.length; c++) {
      widths[c] = Math.max(8, widths[c] + 2);
    }
    narrowTextColumns(widths, text);
    int total = 0;
    for (int c = 0; c < widths.length; c++) {
      total += widths[c];
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    headHeights(sheet, g, bodyTop - headRows);
    bodyHeights(sheet, g, bodyTop - headRows);
    sheet.createFreezePane(0, bodyTop);
    PrintSetup ps = sheet.getPrintSetup();
    ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
    ps.setLandscape(total > PORTRAIT_CHARS);
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    sheet.setHorizontallyCenter(true);
    sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.LeftMargin, 0.5);
    sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.RightMargin, 0.5);
    sheet.setRepeatingRows(new CellRangeAddress(0, bodyTop - 1, -1, -1));
    sheet.getFooter().setCenter("第 &P 页 共 &N 页");
    return total;
  }

  /**
   * Where the columns are wider than a landscape page, the text columns (which wrap) are narrowed
   * to one common cap — the widest first, never below {@link #MIN_TEXT} — until the sheet fits at
   * 100% or no text column can give more; amount columns keep their width. Without this a form of
   * several long-text columns (the 绩效自评表's 指标, 目标值, 完成值) is printed at about half size.
   */
  static void narrowTextColumns(int[] widths, boolean[] text) {
    int total = java.util.Arrays.stream(widths).sum();
    if (total <= LANDSCAPE_CHARS) {
      return;
    }
    int cap = java.util.Arrays.stream(widths).max().orElse(MIN_TEXT);
    while (cap > MIN_TEXT && total > LANDSCAPE_CHARS) {
      cap--;
      total = 0;
      for (int c = 0; c < widths.length; c++) {
        total += text[c] ? Math.min(widths[c], cap) : widths[c];
      }
    }
    for (int c = 0; c < widths.length; c++) {
      if (text[c]) {
        widths[c] = Math.min(widths[c], cap);
      }
    }
  }

  /**
   * Body rows whose text wraps (a narrowed column, a long name) as high as their most wrapped
   * single-row cell: LibreOffice and WPS keep an imported row's default height, so a wrapped line
   * would otherwise be drawn over the next row.
   */
  private static void bodyHeights(XSSFSheet sheet, Grid g, int top) {
    int[] lines = new int[g.rowCount()];
    for (Grid.Placed p : g.place()) {
      if (p.row() < g.head().size() || p.cell().rowspan() != 1 || p.cell().number().isPresent()) {
        continue;
      }
      int width = 0;
      for (int c = 0; c < p.cell().colspan(); c++) {
        width += sheet.getColumnWidth(p.column() + c) / 256;
      }
      lines[p.row()] =
          Math.max(lines[p.row()], (chars(p.cell().text()) + width - 3) / Math.max(1, width - 2));
    }
    for (int r = g.head().size(); r < lines.length; r++) {
      if (lines[r] > 1) {
        sheet.getRow(top + r).setHeightInPoints(lines[r] * 13f + 3f);
      }
    }
  }

  /** Header rows as high as their most wrapped cell, so that no header text is cut off. */
  private static void headHeights(XSSFSheet sheet, Grid g, int top) {
    int[] lines = new int[g.head().size()];
    for (Grid.Placed p : g.place()) {
      if (p.row() >= lines.length) {
        continue;
      }
      int width = 0;
      for (int c = 0; c < p.cell().colspan(); c++) {
        width += sheet.getColumnWidth(p.column() + c) / 256;
      }
      int n = (chars(p.cell().text()) + width - 3) / Math.max(1, width - 2);
      int last = p.row() + p.cell().rowspan() - 1;
      lines[last] = Math.max(lines[last], n - (p.cell().rowspan() - 1));
    }
    for (int r = 0; r < lines.length; r++) {
      sheet.getRow(top + r).setHeightInPoints(Math.max(1, lines[r]) * 13f + 3f);
    }
  }

  /** Longest text a column is widened to; longer text wraps. */
  private static final int MAX_TEXT = 44;

  /**
   * Columns (in character widths of the default font) a portrait A4 page holds at 100% between
   * half-inch margins (7.27 in at about 7 pixels per character).
   */
  private static final int PORTRAIT_CHARS = 96;

  /** Columns a landscape A4 page holds at 100% between half-inch margins (10.69 in). */
  static final int LANDSCAPE_CHARS = 141;

  /** Narrowest a wrapping text column is made to fit the page. */
  static final int MIN_TEXT = 12;

  private static final java.text.DecimalFormat FORMAT = new java.text.DecimalFormat("#,##0.00");

  /** Width in character units: a Chinese character counts two. */
  private static int chars(String text) {
    return text.codePoints().map(cp -> cp >= 0x2E80 && cp < 0xFF61 ? 2 : 1).sum();
  }

  /**
   * The table's label ("公开01表"), or its title without the year where the edition prints no label.
   */
  static String sheetName(io.juesuan.render.grid.TableBlock t) {
    String name = t.label().isEmpty() ? t.title().replaceFirst("^(19|20)\\d{2}年度", "") : t.label();
    name = name.replaceAll("[\\[\\]:*?/\\\\]", "");
    return name.length() > 31 ? name.substring(0, 31) : name;
  }
}
