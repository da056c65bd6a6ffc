package io.juesuan.render.docx;

import io.juesuan.core.JuesuanException;
import io.juesuan.render.Block;
import io.juesuan.render.DisclosureDocument;
import io.juesuan.render.grid.Grid;
import io.juesuan.render.grid.GridCell;
import io.juesuan.render.grid.TableBlock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * The document as editable Word: heading styles (标题 1–3, so Word's navigation pane and TOC work),
 * body text in 宋体-style serif, real tables with merged header cells that repeat on every page,
 * charts as pictures, A4 with page numbers.
 */
public final class DocxWriter {
  /** Font size of table cells, as the PDF's. */
  static final double CELL_POINTS = 8.5;

  /** Charts are 140 mm wide, as in the PDF. */
  private static final int CHART_WIDTH_EMU = 140 * 36_000;

  public byte[] write(DisclosureDocument doc) {
    try (XWPFDocument d = new XWPFDocument()) {
      DocxStyles.install(d);
      for (Block block : doc.blocks()) {
        block(d, block, doc);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      d.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new JuesuanException("生成DOCX失败：" + e.getMessage(), e);
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new JuesuanException("生成DOCX失败：" + e.getMessage(), e);
    }
  }

  private void block(XWPFDocument d, Block block, DisclosureDocument doc)
      throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
    if (block instanceof Block.Cover c) {
      centered(d, c.department(), 20, true).setSpacingBefore(3000);
      centered(d, c.title(), 30, true).setSpacingBefore(800);
      XWPFParagraph date = centered(d, c.date(), 15, false);
      date.setSpacingBefore(5000);
      pageBreak(date);
    } else if (block instanceof Block.Toc t) {
      XWPFParagraph p = d.createParagraph();
      p.setStyle("Title");
      p.createRun().setText(t.title());
      toc(d, doc);
    } else if (block instanceof Block.Heading h) {
      XWPFParagraph p = d.createParagraph();
      p.setStyle("Heading" + h.level());
      p.setPageBreak(h.level() == 1);
      p.createRun().setText(h.text());
    } else if (block instanceof Block.Paragraph p) {
      XWPFParagraph para = d.createParagraph();
      para.setStyle("BodyText");
      String[] lines = p.text().split("\n", -1);
      XWPFRun run = para.createRun();
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          run.addBreak();
        }
        run.setText(lines[i], i);
      }
    } else if (block instanceof Block.Figure f) {
      XWPFParagraph p = d.createParagraph();
      p.setAlignment(ParagraphAlignment.CENTER);
      p.createRun()
          .addPicture(
              new ByteArrayInputStream(f.chart().png()),
              Document.PICTURE_TYPE_PNG,
              "chart" + f.chart().number() + ".png",
              CHART_WIDTH_EMU,
              (int) ((long) CHART_WIDTH_EMU * f.chart().height() / f.chart().width()));
      centered(d, f.chart().caption(), 10.5, false);
    } else if (block instanceof Block.Table t) {
      table(d, t.table());
    } else if (block instanceof Block.Form f) {
      centered(d, f.caption(), 13, true);
      f.lines().forEach(l -> line(d, l));
      grid(d, f.grid());
    }
  }

  /**
   * A Word TOC field over heading levels 1–2 and the table titles (outline level 2). Its cached
   * entries are the same list without page numbers; Word fills in the page numbers when it updates
   * fields, which the document asks for on opening.
   */
  private static void toc(XWPFDocument d, DisclosureDocument doc) {
    d.enforceUpdateFields();
    XWPFParagraph begin = d.createParagraph();
    XWPFRun r = begin.createRun();
    r.getCTR()
        .addNewFldChar()
        .setFldCharType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.BEGIN);
    r = begin.createRun();
    r.getCTR().addNewInstrText().setStringValue(" TOC \\o \"1-2\" \\h \\z \\u ");
    r = begin.createRun();
    r.getCTR()
        .addNewFldChar()
        .setFldCharType(
            org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.SEPARATE);
    for (Block b : doc.blocks()) {
      if (b instanceof Block.Heading h && h.level() <= 2) {
        tocEntry(d, h.level(), h.text());
      } else if (b instanceof Block.Table tb) {
        tocEntry(d, 2, tb.table().label() + "\u3000" + tb.table().title());
      }
    }
    XWPFParagraph end = d.createParagraph();
    end.createRun()
        .getCTR()
        .addNewFldChar()
        .setFldCharType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.END);
  }

  /** A cached TOC entry in Word's own TOC styles, which Word and WPS use when they update it. */
  private static void tocEntry(XWPFDocument d, int level, String text) {
    XWPFParagraph p = d.createParagraph();
    p.setStyle("TOC" + level);
    p.createRun().setText(text);
  }

  private void table(XWPFDocument d, TableBlock t) {
    ColumnWidths widths = ColumnWidths.of(t.grid(), CELL_POINTS);
    if (widths.landscape()) {
      section(d, false); // ends the portrait pages before the table
    }
    XWPFParagraph title = centered(d, t.title(), 15, true);
    title.setPageBreak(!widths.landscape());
    keepNext(title, true);
    (title.getCTP().isSetPPr() ? title.getCTP().getPPr() : title.getCTP().addNewPPr())
        .addNewOutlineLvl()
        .setVal(java.math.BigInteger.ONE);
    XWPFParagraph label = d.createParagraph();
    label.setAlignment(ParagraphAlignment.RIGHT);
    keepNext(label, true);
    DocxStyles.run(label, t.label(), 9.5, false);
    XWPFParagraph meta = d.createParagraph();
    keepNext(meta, true);
    DocxStyles.run(meta, t.department() + "\u3000\u3000\u3000\u3000" + t.unit(), 9.5, false);
    List<String> after = new ArrayList<>(t.notes());
    t.emptyStatement().ifPresent(after::add);
    grid(d, t.grid(), widths, !after.isEmpty());
    for (int i = 0; i < after.size(); i++) {
      XWPFParagraph note = d.createParagraph();
      keepNext(note, i < after.size() - 1); // the notes stay together, and with the table
      var notePr = note.getCTP().isSetPPr() ? note.getCTP().getPPr() : note.getCTP().addNewPPr();
      notePr.addNewKeepLines(); // a note is never split over two pages
      note.setSpacingAfter(0);
      boolean statement = t.emptyStatement().isPresent() && i == after.size() - 1;
      DocxStyles.run(note, after.get(i), statement ? 10.5 : 9, false);
    }
    if (widths.landscape()) {
      section(d, true); // the table's landscape page(s) end here
    }
  }

  /** Ends a section here: a paragraph carrying the section's page setup (Word's section break). */
  private static void section(XWPFDocument d, boolean landscape) {
    XWPFParagraph p = d.createParagraph();
    var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    var sect = ppr.addNewSectPr();
    DocxStyles.page(sect, landscape);
    sect.addNewType().setVal(STSectionMark.NEXT_PAGE);
  }

  private void grid(XWPFDocument d, Grid g) {
    grid(d, g, ColumnWidths.of(g, CELL_POINTS), false);
  }

  /**
   * A table with fixed column widths from its content, header rows repeated on every page, rows
   * never split across pages, merged cells as grid spans (so that borders stay whole), and, when
   * notes follow, the last row kept with them.
   */
  private void grid(XWPFDocument d, Grid g, ColumnWidths widths, boolean keepWithNotes) {
    XWPFTable table = d.createTable(g.rowCount(), g.columns());
    var tblPr = table.getCTTbl().getTblPr();
    tblPr.addNewTblLayout().setType(STTblLayoutType.FIXED);
    var tw = tblPr.isSetTblW() ? tblPr.getTblW() : tblPr.addNewTblW();
    tw.setType(STTblWidth.DXA);
    tw.setW(BigInteger.valueOf(widths.total()));
    var mar = tblPr.isSetTblCellMar() ? tblPr.getTblCellMar() : tblPr.addNewTblCellMar();
    for (var side : List.of(mar.addNewLeft(), mar.addNewRight())) {
      side.setType(STTblWidth.DXA);
      side.setW(BigInteger.valueOf(DocxStyles.CELL_MARGIN));
    }
    for (var side : List.of(mar.addNewTop(), mar.addNewBottom())) {
      side.setType(STTblWidth.DXA);
      side.setW(BigInteger.valueOf(40)); // the PDF's 2 pt
    }
    var tblGrid =
        table.getCTTbl().getTblGrid() != null
            ? table.getCTTbl().getTblGrid()
            : table.getCTTbl().addNewTblGrid();
    while (tblGrid.sizeOfGridColArray() > 0) {
      tblGrid.removeGridCol(0);
    }
    for (int w : widths.twips()) {
      tblGrid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    for (int r = 0; r < g.rowCount(); r++) {
      XWPFTableRow row = table.getRow(r);
      var trPr =
          row.getCtRow().isSetTrPr() ? row.getCtRow().getTrPr() : row.getCtRow().addNewTrPr();
      trPr.addNewCantSplit();
      row.setRepeatHeader(r < g.head().size());
      for (int c = 0; c < g.columns(); c++) {
        width(row.getCell(c), widths.twips()[c]);
      }
    }
    Map<Integer, TreeSet<Integer>> covered = new HashMap<>();
    for (Grid.Placed p : g.place()) {
      GridCell c = p.cell();
      int span = 0;
      for (int dc = 0; dc < c.colspan(); dc++) {
        span += widths.twips()[p.column() + dc];
      }
      for (int dr = 0; dr < c.rowspan(); dr++) {
        XWPFTableCell cell = table.getRow(p.row() + dr).getCell(p.column());
        var pr = tcPr(cell);
        if (c.colspan() > 1) {
          pr.addNewGridSpan().setVal(BigInteger.valueOf(c.colspan()));
          width(cell, span);
          for (int dc = 1; dc < c.colspan(); dc++) {
            covered.computeIfAbsent(p.row() + dr, k -> new TreeSet<>()).add(p.column() + dc);
          }
        }
        if (c.rowspan() > 1) {
          pr.addNewVMerge().setVal(dr == 0 ? STMerge.RESTART : STMerge.CONTINUE);
        }
        pr.addNewVAlign().setVal(STVerticalJc.CENTER);
      }
      XWPFTableCell cell = table.getRow(p.row()).getCell(p.column());
      XWPFParagraph para = cell.getParagraphs().get(0);
      para.setAlignment(
          switch (c.kind()) {
            case NUMBER, FIGURE -> ParagraphAlignment.RIGHT;
            case TEXT -> ParagraphAlignment.LEFT;
            default -> ParagraphAlignment.CENTER;
          });
      para.setStyle("TableText");
      DocxStyles.run(para, c.text(), CELL_POINTS, c.emphasis());
      if (c.kind() == GridCell.CellKind.NUMBER || c.kind() == GridCell.CellKind.FIGURE) {
        var pr = tcPr(cell);
        if (!pr.isSetNoWrap()) {
          pr.addNewNoWrap(); // an amount never wraps inside its cell ("19004.4" / "6")
        }
      }
      if (c.kind() == GridCell.CellKind.HEAD) {
        var shade = tcPr(cell).addNewShd();
        shade.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd.CLEAR);
        shade.setFill("F2F2F2");
      }
    }
    // cells covered by a grid span are removed, right to left so that indices stay valid
    covered.forEach(
        (r, columns) -> columns.descendingSet().forEach(c -> table.getRow(r).removeCell(c)));
    if (keepWithNotes) {
      for (XWPFTableCell cell : table.getRow(g.rowCount() - 1).getTableCells()) {
        cell.getParagraphs().forEach(p -> keepNext(p, true));
      }
    }
  }

  /** Keeps a paragraph (or a table row, through its cells' paragraphs) on the page of the next. */
  private static void keepNext(XWPFParagraph p, boolean keep) {
    if (keep) {
      var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
      if (!ppr.isSetKeepNext()) {
        ppr.addNewKeepNext();
      }
    }
  }

  private static org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr tcPr(
      XWPFTableCell cell) {
    return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
  }

  private static void width(XWPFTableCell cell, int twips) {
    var pr = tcPr(cell);
    var w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
    w.setType(STTblWidth.DXA);
    w.setW(BigInteger.valueOf(twips));
  }

  private static XWPFParagraph centered(XWPFDocument d, String text, double size, boolean bold) {
    XWPFParagraph p = d.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    DocxStyles.run(p, text, size, bold);
    return p;
  }

  private static void line(XWPFDocument d, String text) {
    DocxStyles.run(d.createParagraph(), text, 10.5, false);
  }

  private static void pageBreak(XWPFParagraph p) {
    p.createRun().addBreak(BreakType.PAGE);
  }
}
