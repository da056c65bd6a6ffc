package io.juesuan.render.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Paragraph styles (标题 1–3 in 黑体, 正文 in 宋体 with 2-character first-line indent), A4 page and a
 * page-number footer.
 */
final class DocxStyles {
  static final String SONG = "宋体";
  static final String HEI = "黑体";

  /** Left and right page margins in twips (17 mm, as the PDF). */
  static final int SIDE_MARGIN = 964;

  /** Left and right margin inside a table cell in twips (1 mm; the PDF's 3 pt padding). */
  static final int CELL_MARGIN = 57;

  /** Body line pitch in twips: 11.5 pt × 1.75, the PDF's line height. */
  static final int BODY_LINE = 402;

  private DocxStyles() {}

  static void install(XWPFDocument d) {
    XWPFStyles styles = d.createStyles();
    styles.addStyle(style("Title", "Title", HEI, 36, true, -1, 0));
    styles.addStyle(style("Heading1", "heading 1", HEI, 36, true, 0, 0));
    styles.addStyle(style("Heading2", "heading 2", HEI, 27, true, 1, 0));
    styles.addStyle(style("Heading3", "heading 3", HEI, 24, true, 2, 0));
    styles.addStyle(style("BodyText", "Body Text", SONG, 23, false, -1, 480));
    styles.addStyle(style("TOC1", "toc 1", SONG, 23, false, -1, 0, 460, 0));
    styles.addStyle(style("TOC2", "toc 2", SONG, 21, false, -1, 0, 430, 420));
    styles.addStyle(style("TableText", "Table Text", SONG, 17, false, -1, 0, 221, 0));
    CTSectPr sect =
        d.getDocument().getBody().isSetSectPr()
            ? d.getDocument().getBody().getSectPr()
            : d.getDocument().getBody().addNewSectPr();
    page(sect, false);
    var footer = d.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT);
    XWPFParagraph p = footer.createParagraph();
    p.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
    run(p, "第 ", 9, false);
    p.getCTP().addNewFldSimple().setInstr("PAGE");
    run(p, " 页", 9, false);
  }

  /** A4 with the PDF's margins, portrait or landscape. */
  static void page(CTSectPr sect, boolean landscape) {
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(landscape ? 16838 : 11906));
    size.setH(BigInteger.valueOf(landscape ? 11906 : 16838));
    if (landscape) {
      size.setOrient(
          org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation.LANDSCAPE);
    }
    CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(landscape ? 1134 : 1247));
    mar.setBottom(BigInteger.valueOf(1134));
    mar.setLeft(BigInteger.valueOf(SIDE_MARGIN));
    mar.setRight(BigInteger.valueOf(SIDE_MARGIN));
    mar.setHeader(BigInteger.valueOf(567));
    mar.setFooter(BigInteger.valueOf(567));
    mar.setGutter(BigInteger.ZERO);
  }

  private static XWPFStyle style(
      String id,
      String name,
      String font,
      int halfPoints,
      boolean bold,
      int outline,
      int firstLineTwips) {
    return style(id, name, font, halfPoints, bold, outline, firstLineTwips, BODY_LINE, 0);
  }

  /**
   * A paragraph style; {@code lineTwips} is the exact line pitch of a non-heading style, {@code
   * leftTwips} its left indent.
   */
  private static XWPFStyle style(
      String id,
      String name,
      String font,
      int halfPoints,
      boolean bold,
      int outline,
      int firstLineTwips,
      int lineTwips,
      int leftTwips) {
    CTStyle s = CTStyle.Factory.newInstance();
    s.setStyleId(id);
    s.addNewName().setVal(name);
    s.setType(STStyleType.PARAGRAPH);
    s.addNewQFormat();
    var ppr = s.addNewPPr();
    if (outline >= 0) {
      ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
      ppr.addNewKeepNext();
    }
    if (outline == 0 || id.equals("Title")) {
      ppr.addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.CENTER);
    }
    var spacing = ppr.addNewSpacing();
    // the PDF's margins: h1 14 pt below, h2/h3 6 pt below and 12 pt above, paragraphs 4 pt below
    spacing.setAfter(
        BigInteger.valueOf(
            outline == 0 ? 280 : outline > 0 ? 120 : id.equals("TableText") ? 0 : 80));
    if (outline >= 0) {
      spacing.setBefore(BigInteger.valueOf(outline == 0 ? 0 : 240));
      // single spacing, stated: a heading that wraps must not inherit an exact pitch (LibreOffice
      // then prints its second line over the first)
      spacing.setLine(BigInteger.valueOf(240));
      spacing.setLineRule(
          org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule.AUTO);
    } else {
      spacing.setLine(BigInteger.valueOf(lineTwips));
      spacing.setLineRule(
          org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule.EXACT);
    }
    if (firstLineTwips > 0 || leftTwips > 0) {
      var ind = ppr.addNewInd();
      ind.setFirstLine(BigInteger.valueOf(firstLineTwips));
      ind.setLeft(BigInteger.valueOf(leftTwips));
    }
    var rpr = s.addNewRPr();
    CTFonts fonts = rpr.addNewRFonts();
    fonts.setEastAsia(font);
    fonts.setAscii(font);
    fonts.setHAnsi(font);
    rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    if (bold) {
      rpr.addNewB();
    }
    return new XWPFStyle(s);
  }

  static XWPFRun run(XWPFParagraph p, String text, double size, boolean bold) {
    XWPFRun r = p.createRun();
    r.setText(text);
    r.setFontFamily(SONG, XWPFRun.FontCharRange.eastAsia);
    r.setFontFamily(SONG, XWPFRun.FontCharRange.ascii);
    r.setFontSize(size);
    r.setBold(bold);
    return r;
  }
}
