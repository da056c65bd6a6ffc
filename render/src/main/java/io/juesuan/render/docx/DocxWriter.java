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
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The document as editable Word: heading styles (标题 1–3, so Word's navigation pane and TOC work),
 * body text in 宋体-style serif, real tables with merged header cells that repeat on every page,
 * charts as pictures, A4 with page numbers.
 */
public final class DocxWriter {
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
              Units.toEMU(f.chart().width() * 0.75),
              Units.toEMU(f.chart().height() * 0.75));
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
        line(d, (h.level() == 2 ? "\u3000\u3000" : "") + h.text());
      } else if (b instanceof Block.Table tb) {
        line(d, "\u3000\u3000" + tb.table().label() + "\u3000" + tb.table().title());
      }
    }
    XWPFParagraph end = d.createParagraph();
    end.createRun()
        .getCTR()
        .addNewFldChar()
        .setFldCharType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.END);
  }

  private void table(XWPFDocument d, TableBlock t) {
    XWPFParagraph title = centered(d, t.title(), 15, true);
    title.setPageBreak(true);
    (title.getCTP().isSetPPr() ? title.getCTP().getPPr() : title.getCTP().addNewPPr())
        .addNewOutlineLvl()
        .setVal(java.math.BigInteger.ONE);
    XWPFParagraph label = d.createParagraph();
    label.setAlignment(ParagraphAlignment.RIGHT);
    DocxStyles.run(label, t.label(), 9.5, false);
    line(d, t.department() + "\u3000\u3000\u3000\u3000" + t.unit());
    grid(d, t.grid());
    t.notes().forEach(n -> DocxStyles.run(d.createParagraph(), n, 9, false));
    t.emptyStatement().ifPresent(s -> DocxStyles.run(d.createParagraph(), s, 10.5, false));
  }

  private void grid(XWPFDocument d, Grid g) {
    XWPFTable table = d.createTable(g.rowCount(), g.columns());
    table.setWidth("100%");
    for (int r = 0; r < g.head().size(); r++) {
      table.getRow(r).setRepeatHeader(true);
    }
    for (Grid.Placed p : g.place()) {
      GridCell c = p.cell();
      for (int dr = 0; dr < c.rowspan(); dr++) {
        for (int dc = 0; dc < c.colspan(); dc++) {
          XWPFTableCell cell = table.getRow(p.row() + dr).getCell(p.column() + dc);
          var pr =
              cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
          if (c.colspan() > 1) {
            pr.addNewHMerge().setVal(dc == 0 ? STMerge.RESTART : STMerge.CONTINUE);
          }
          if (c.rowspan() > 1) {
            pr.addNewVMerge().setVal(dr == 0 ? STMerge.RESTART : STMerge.CONTINUE);
          }
        }
      }
      XWPFTableCell cell = table.getRow(p.row()).getCell(p.column());
      XWPFParagraph para = cell.getParagraphs().get(0);
      para.setAlignment(
          switch (c.kind()) {
            case NUMBER, FIGURE -> ParagraphAlignment.RIGHT;
            case TEXT -> ParagraphAlignment.LEFT;
            default -> ParagraphAlignment.CENTER;
          });
      DocxStyles.run(para, c.text(), 8.5, c.emphasis());
      if (c.kind() == GridCell.CellKind.NUMBER || c.kind() == GridCell.CellKind.FIGURE) {
        var pr =
            cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        if (!pr.isSetNoWrap()) {
          pr.addNewNoWrap(); // an amount never wraps inside its cell ("19004.4" / "6")
        }
      }
    }
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
