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
        for (String note : t.notes()) {
          note(sheet, styles, r++, note, t.grid().columns());
        }
        if (t.emptyStatement().isPresent()) {
          note(sheet, styles, r++, t.emptyStatement().get(), t.grid().columns());
        }
        finish(sheet, t.grid(), 4);
      }
      for (Block.Form f : doc.forms()) {
        XSSFSheet sheet = wb.createSheet(f.caption().contains("明细") ? "部门整体支出明细表" : "部门整体绩效自评表");
        int r = header(sheet, styles, f.caption(), f.grid().columns());
        for (String line : f.lines()) {
          put(sheet.createRow(r++), 0, line, styles.plain);
        }
        grid(sheet, styles, f.grid(), r);
        finish(sheet, f.grid(), r + f.grid().head().size());
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

  private static void note(XSSFSheet sheet, XlsxStyles styles, int r, String text, int columns) {
    put(sheet.createRow(r), 0, text, styles.plain);
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

  /** Column widths from the longest text, frozen header, A4 print setup. */
  private static void finish(XSSFSheet sheet, Grid g, int bodyTop) {
    int[] widths = new int[g.columns()];
    for (Grid.Placed p : g.place()) {
      if (p.cell().colspan() == 1) {
        int w = p.cell().text().codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum();
        widths[p.column()] = Math.max(widths[p.column()], Math.min(w, 40));
      }
    }
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, Math.max(8, widths[c] + 2) * 256);
    }
    sheet.createFreezePane(0, bodyTop);
    PrintSetup ps = sheet.getPrintSetup();
    ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
    ps.setLandscape(g.columns() > 8);
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setHorizontallyCenter(true);
    if (bodyTop > 1) {
      sheet.setRepeatingRows(new CellRangeAddress(0, bodyTop - 1, -1, -1));
    }
    sheet.getFooter().setCenter("第 &P 页 共 &N 页");
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
