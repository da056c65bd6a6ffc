package io.juesuan.render.correction;

import io.juesuan.core.JuesuanException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Writes the 更正说明 as HTML and as DOCX. */
public final class CorrectionNoteWriter {
  private static final List<String> HEADER = List.of("序号", "位置", "原文", "更正后", "规则", "依据（表格单元格）");

  public String title(CorrectionNote n) {
    return n.department() + n.fiscalYear() + "年度部门决算更正说明";
  }

  public byte[] html(CorrectionNote n) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
        .append(esc(title(n)))
        .append(
            "</title><style>body{font-family:sans-serif;margin:2em;line-height:1.6}"
                + "table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:4px;"
                + "vertical-align:top;font-size:14px}th{background:#eee}del{color:#a00}ins{color:#070;"
                + "text-decoration:none}</style></head><body>\n");
    b.append("<h1>").append(esc(title(n))).append("</h1>\n");
    b.append("<p>原报告：")
        .append(esc(n.source()))
        .append("；版本：")
        .append(esc(n.edition()))
        .append("。更正稿按原报告的公开表（原样）重新生成文字，以下逐条列出改动及其依据。</p>\n");
    b.append("<h2>一、更正内容（").append(n.changes().size()).append("处）</h2>\n<table><tr>");
    HEADER.forEach(h -> b.append("<th>").append(h).append("</th>"));
    b.append("</tr>\n");
    int i = 1;
    for (CorrectionNote.Change c : n.changes()) {
      b.append("<tr class=\"change\"><td>")
          .append(i++)
          .append("</td><td>")
          .append(esc(c.where()))
          .append("</td><td><del>")
          .append(esc(c.before()))
          .append("</del></td><td><ins>")
          .append(esc(c.after().isEmpty() ? "（删去）" : c.after()))
          .append("</ins></td><td>")
          .append(esc(c.rule()))
          .append("（")
          .append(esc(c.severity()))
          .append("）</td><td>")
          .append(esc(c.basis()))
          .append("</td></tr>\n");
    }
    b.append("</table>\n");
    list(b, "二、表格中按原样保留的问题", n.kept());
    list(b, "三、需由部门处理的事项（未能自动更正）", n.todo());
    b.append("</body></html>\n");
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void list(StringBuilder b, String title, List<String> items) {
    b.append("<h2>").append(title).append("（").append(items.size()).append("项）</h2>\n<ol>");
    items.forEach(t -> b.append("<li>").append(esc(t)).append("</li>"));
    b.append("</ol>\n");
  }

  public byte[] docx(CorrectionNote n) {
    try (XWPFDocument d = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      paragraph(d, title(n), true, 16);
      paragraph(
          d,
          "原报告：" + n.source() + "；版本：" + n.edition() + "。更正稿按原报告的公开表（原样）重新生成文字，以下逐条列出改动及其依据。",
          false,
          11);
      paragraph(d, "一、更正内容（" + n.changes().size() + "处）", true, 13);
      XWPFTable t = d.createTable(n.changes().size() + 1, HEADER.size());
      t.setWidth("100%");
      for (int c = 0; c < HEADER.size(); c++) {
        t.getRow(0).getCell(c).setText(HEADER.get(c));
      }
      int i = 1;
      for (CorrectionNote.Change c : n.changes()) {
        XWPFTableRow r = t.getRow(i);
        r.getCell(0).setText(Integer.toString(i));
        r.getCell(1).setText(c.where());
        r.getCell(2).setText(c.before());
        r.getCell(3).setText(c.after().isEmpty() ? "（删去）" : c.after());
        r.getCell(4).setText(c.rule() + "（" + c.severity() + "）");
        r.getCell(5).setText(c.basis());
        i++;
      }
      numbered(d, "二、表格中按原样保留的问题（" + n.kept().size() + "项）", n.kept());
      numbered(d, "三、需由部门处理的事项（未能自动更正）（" + n.todo().size() + "项）", n.todo());
      d.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new JuesuanException("更正说明 DOCX 无法生成：" + e.getMessage(), e);
    }
  }

  private static void numbered(XWPFDocument d, String title, List<String> items) {
    paragraph(d, title, true, 13);
    int i = 1;
    for (String item : items) {
      paragraph(d, (i++) + ". " + item, false, 11);
    }
  }

  private static void paragraph(XWPFDocument d, String text, boolean bold, int size) {
    XWPFParagraph p = d.createParagraph();
    XWPFRun r = p.createRun();
    r.setText(text);
    r.setBold(bold);
    r.setFontSize(size);
    r.setFontFamily("SimSun");
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
