package io.juesuan.testkit.zoo;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * 版式动物园 — the same report in the layouts real published reports use: our print HTML (of any example
 * department) re-styled and re-marked and laid out by openhtmltopdf, so that a reader tuned to one
 * layout is caught by the others. Each {@link Variant} is one layout feature seen in real PDFs;
 * each {@link Defect} a known narrative defect injected into the text. Needs the bundled fonts of
 * the render module on the class path.
 */
public final class LayoutZoo {
  private static final String FONTS = "/io/juesuan/render/fonts/";
  private static final Pattern AMOUNT = Pattern.compile("-?\\d+\\.\\d{2}");

  private LayoutZoo() {}

  /** A layout feature of real reports. */
  public enum Variant {
    /** As our renderer sets it: ruled cells, labels left, amounts right. */
    PLAIN("原样", html -> html),
    /**
     * Narrow label columns and tall padded cells with vertically centred content: labels wrap to
     * 2–3 lines and each amount sits on its own text line, above the last line of its label.
     */
    TALL_CELLS(
        "标签折行、金额垂直居中（金额在标签行之上）",
        html ->
            css(
                html,
                "table.grid th.text { width: 22mm; } table.grid td.number { padding-top: 9pt;"
                    + " padding-bottom: 9pt; } table.grid th, table.grid td { vertical-align:"
                    + " middle; }")),
    /** Zeros printed as "-" in every empty amount cell, thousands with separators. */
    DASHES_AND_SEPARATORS("空栏印“-”，千分位分隔", LayoutZoo::dashesAndSeparators),
    /** Landscape pages. */
    LANDSCAPE("横向页面", html -> css(html, "@page { size: A4 landscape; }")),
    /** No ruling lines at all: the reader falls back to text positions. */
    NO_RULES(
        "无表格线",
        html ->
            css(
                html,
                "table.grid th, table.grid td { border: none !important; } table.grid th.head"
                    + " { background: none; }")),
    /** Empty amount cells printed as 0.00. */
    ZEROS_PRINTED("空栏印 0.00", html -> zeros(html, "0.00")),
    /** Empty amount cells printed as a bare 0. */
    ZEROS_AS_0("空栏印 0", html -> zeros(html, "0")),
    /** Economic codes printed split into 类 and 款 ("301 01"), as two tokens in the code cell. */
    SPLIT_CODES("经济分类代码分印类、款（“301 01”）", LayoutZoo::splitCodes),
    /**
     * Narrow amount columns: header cells wrap to one or two characters a line, long amounts fill
     * their cell.
     */
    NARROW_HEADERS(
        "窄栏：表头每行一两个字",
        html ->
            css(
                html,
                "table.grid th.head { font-size: 7pt; } table.grid td.number { width: 11mm;"
                    + " font-size: 7.5pt; padding: 1pt; } table.grid th.text { width: auto; }")),
    /**
     * Part headings set with a line pitch smaller than their font (Word's exact line spacing): a
     * wrapped heading's second line is printed over its first.
     */
    TIGHT_HEADINGS(
        "标题固定行距小于字号：折行的标题两行重叠",
        html ->
            css(
                html,
                "h1.part { line-height: 0.6 !important; padding-bottom: 10pt; font-size: 20pt;"
                    + " }")),
    /**
     * The two halves of 01/04表 stacked: the 收入 rows, then the 支出 rows (with their own header cells
     * and 栏次) below them in the same table.
     */
    STACKED_HALVES("01/04表收入、支出上下排列", LayoutZoo::stackHalves),
    /**
     * Amount columns of unequal widths (wide and narrow in turn) with amounts set flush left, as
     * hand-made Word tables often are: a left-aligned amount in a wide cell ends before its own
     * column's centre and stands as near the narrow column to its left — only the ruled cell tells
     * where it belongs.
     */
    LEFT_ALIGNED_UNEQUAL(
        "金额栏宽窄不一、金额靠左",
        html ->
            css(
                html,
                "table.grid td.number { text-align: left !important; }"
                    + " table.grid td.number:nth-child(odd) { width: 34mm; }"
                    + " table.grid td.number:nth-child(even) { width: 14mm; }")),
    /**
     * Narrow label columns, labels wrapping to 2–3 lines, amounts set at the bottom of their cells:
     * the first lines of a label stand alone above its amounts' line, right under the row above.
     */
    BOTTOM_ALIGNED(
        "标签折行、金额靠下（标签前几行单独在上）",
        html ->
            css(
                html,
                "table.grid th.text { width: 22mm; } table.grid th, table.grid td {"
                    + " vertical-align: bottom; }")),
    /**
     * Column headers worded as districts circulate them ("一般公共预算" for 一般公共预算财政拨款, "年初结转结余", "上缴上级"
     * …): where no 栏次 is printed, the header text is all that places a column.
     */
    RENAMED_HEADERS("表头用简称（“一般公共预算”“年初结转结余”…）", LayoutZoo::renamedHeaders),
    /** A larger sans-serif face, as Word/WPS exports often use. */
    SANS_LARGE(
        "黑体、较大字号",
        html ->
            css(
                html,
                "table.grid { font-family: \"Noto Sans SC\", sans-serif; font-size: 10pt; }"));

    private final String description;
    private final UnaryOperator<String> apply;

    Variant(String description, UnaryOperator<String> apply) {
      this.description = description;
      this.apply = apply;
    }

    public String description() {
      return description;
    }

    public String apply(String html) {
      return apply.apply(html);
    }
  }

  /** A narrative defect a careful reviewer would report, injected into the text. */
  public enum Defect {
    /**
     * The first amount of the first paragraph citing a 总计 (收入支出决算总体情况) raised by 1.00 万元 (an
     * N-AMOUNT error).
     */
    AMOUNT_CHANGED("说明中的收支总计改大 1.00 万元"),
    /** The report year in "NNNN年度部门决算" of the first part's text set one year back. */
    WRONG_YEAR("正文中的决算年度写错");

    private final String description;

    Defect(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  /** The HTML with one defect injected, and what was changed (old → new). */
  public record Injected(String html, String before, String after) {}

  public static Injected inject(String html, Defect defect) {
    Document doc = Jsoup.parse(html);
    for (Element p : doc.select("p")) {
      String text = p.text();
      if (defect == Defect.AMOUNT_CHANGED
          && text.contains("总计")
          && text.contains("万元")
          && !p.parents().is("table")) {
        Matcher m = AMOUNT.matcher(text);
        if (m.find()) {
          String after = new BigDecimal(m.group()).add(BigDecimal.ONE).toPlainString();
          p.text(text.substring(0, m.start()) + after + text.substring(m.end()));
          return new Injected(doc.outerHtml(), m.group(), after);
        }
      }
      if (defect == Defect.WRONG_YEAR && !p.parents().is("table")) {
        Matcher m = Pattern.compile("((?:19|20)\\d{2})年度部门决算").matcher(text);
        if (m.find()) {
          String after = (Integer.parseInt(m.group(1)) - 1) + "年度部门决算";
          p.text(text.substring(0, m.start()) + after + text.substring(m.end()));
          return new Injected(doc.outerHtml(), m.group(), after);
        }
      }
    }
    throw new IllegalArgumentException("没有可注入缺陷“" + defect.description() + "”的段落");
  }

  /** The HTML laid out as PDF by openhtmltopdf with the bundled fonts. */
  public static byte[] pdf(String html) {
    org.w3c.dom.Document dom = new W3CDom().fromJsoup(Jsoup.parse(html));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      font(builder, "NotoSerifSC-Regular.ttf", "Noto Serif SC", 400);
      font(builder, "NotoSerifSC-Bold.ttf", "Noto Serif SC", 700);
      font(builder, "NotoSansSC-Regular.ttf", "Noto Sans SC", 400);
      font(builder, "NotoSansSC-Bold.ttf", "Noto Sans SC", 700);
      builder.withW3cDocument(dom, "/");
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void font(PdfRendererBuilder b, String file, String family, int weight) {
    if (LayoutZoo.class.getResource(FONTS + file) == null) {
      throw new IllegalStateException("找不到字体资源 " + FONTS + file + "（需要 render 模块在类路径上）");
    }
    b.useFont(
        () -> {
          InputStream in = LayoutZoo.class.getResourceAsStream(FONTS + file);
          return in;
        },
        family,
        weight,
        BaseRendererBuilder.FontStyle.NORMAL,
        true);
  }

  private static String css(String html, String rules) {
    Document doc = Jsoup.parse(html);
    doc.head().appendElement("style").appendText(rules);
    return doc.outerHtml();
  }

  private static String zeros(String html, String zero) {
    Document doc = Jsoup.parse(html);
    for (Element td : doc.select("table.grid td.number")) {
      if (td.text().isBlank()) {
        td.text(zero);
      }
    }
    return doc.outerHtml();
  }

  /**
   * The tables printed in 元 instead of 万元 ("单位：元", every amount ×10,000), as some districts publish
   * them; only the tables whose id (01–09) is given. The narrative keeps its 万元. Exact only for a
   * department whose figures are whole 0.01 万元 (otherwise the 元 tables show the 万元 rounding as real
   * differences).
   */
  public static String tablesInYuan(String html, java.util.Set<String> tableIds) {
    Document doc = Jsoup.parse(html);
    for (String id : tableIds) {
      Element section = doc.getElementById("t" + id);
      if (section == null) {
        continue;
      }
      for (Element unit : section.select("td.unit")) {
        unit.text(unit.text().replace("万元", "元"));
      }
      for (Element td : section.select("table.grid td.number")) {
        String t = td.text().trim();
        if (AMOUNT.matcher(t).matches()) {
          td.text(new BigDecimal(t).movePointRight(4).setScale(2).toPlainString());
        }
      }
    }
    return doc.outerHtml();
  }

  private static String stackHalves(String html) {
    Document doc = Jsoup.parse(html);
    for (String id : new String[] {"t01", "t04"}) {
      Element grid = doc.select("#" + id + " table.grid").first();
      if (grid == null || grid.selectFirst("tbody") == null) {
        continue;
      }
      java.util.List<Element> rows = grid.select("tr");
      // the first header cell is the 收入 half: its span is where the 支出 half begins
      int half = span(rows.get(0).child(0), "colspan");
      java.util.List<Element> expenditure = new java.util.ArrayList<>();
      // columns still covered by cells of rows above (rowspan), row by row
      java.util.Map<Integer, Integer> coveredUntil = new java.util.HashMap<>();
      for (int r = 0; r < rows.size(); r++) {
        Element tr = rows.get(r);
        Element moved = new Element("tr");
        int column = 0;
        for (Element cell : new java.util.ArrayList<>(tr.children())) {
          while (coveredUntil.getOrDefault(column, -1) >= r) {
            column++;
          }
          int width = span(cell, "colspan");
          int height = span(cell, "rowspan");
          for (int c = column; c < column + width; c++) {
            coveredUntil.put(c, r + height - 1);
          }
          if (column >= half) {
            cell.remove();
            moved.appendChild(cell);
          }
          column += width;
        }
        if (!moved.text().isBlank()) {
          expenditure.add(moved);
        }
      }
      Element body = grid.selectFirst("tbody");
      expenditure.forEach(body::appendChild);
    }
    return doc.outerHtml();
  }

  private static int span(Element cell, String attribute) {
    String s = cell.attr(attribute);
    return s.isEmpty() ? 1 : Integer.parseInt(s);
  }

  private static final java.util.Map<String, String> SHORT_HEADERS =
      java.util.Map.of(
          "一般公共预算财政拨款", "一般公共预算",
          "政府性基金预算财政拨款", "政府性基金预算",
          "国有资本经营预算财政拨款", "国有资本经营预算",
          "年初结转和结余", "年初结转结余",
          "年末结转和结余", "年末结转结余",
          "上缴上级支出", "上缴上级",
          "对附属单位补助支出", "对附属单位补助",
          "附属单位上缴收入", "附属单位上缴");

  private static String renamedHeaders(String html) {
    Document doc = Jsoup.parse(html);
    for (Element th : doc.select("table.grid thead th")) {
      String t = th.text().trim();
      if (SHORT_HEADERS.containsKey(t)) {
        th.text(SHORT_HEADERS.get(t));
      }
    }
    return doc.outerHtml();
  }

  private static String splitCodes(String html) {
    Document doc = Jsoup.parse(html);
    for (Element td : doc.select("table.grid td.center")) {
      String t = td.text().trim();
      if (t.matches("3\\d{4}")) {
        td.text(t.substring(0, 3) + "\u2003" + t.substring(3));
      }
    }
    return doc.outerHtml();
  }

  private static String dashesAndSeparators(String html) {
    Document doc = Jsoup.parse(html);
    DecimalFormat thousands = new DecimalFormat("#,##0.00");
    for (Element td : doc.select("table.grid td.number")) {
      String t = td.text().trim();
      if (t.isEmpty()) {
        td.text("-");
      } else if (AMOUNT.matcher(t).matches()) {
        td.text(thousands.format(new BigDecimal(t)));
      }
    }
    return doc.outerHtml();
  }
}
