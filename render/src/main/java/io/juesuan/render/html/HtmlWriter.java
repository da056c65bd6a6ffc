package io.juesuan.render.html;

import io.juesuan.render.Block;
import io.juesuan.render.DisclosureDocument;
import io.juesuan.render.chart.Chart;
import io.juesuan.render.grid.Grid;
import io.juesuan.render.grid.GridCell;
import io.juesuan.render.grid.TableBlock;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * Writes the disclosure document as one HTML page: charts inline as PNG data (for openhtmltopdf,
 * references to them), accessible tables ({@code th} with {@code scope}, header rows in {@code
 * thead}), a print stylesheet. The same markup, in {@link Mode#PDF}, is what openhtmltopdf lays out
 * (A4, page numbers, repeating table headers).
 */
public final class HtmlWriter {
  /** Who reads the markup. */
  public enum Mode {
    /** A browser: the bundled fonts inlined as subsets, print rules under {@code @media print}. */
    SCREEN,
    /** openhtmltopdf: bundled fonts, page rules. */
    PDF
  }

  /** The scheme of the chart references in the markup of {@link Mode#PDF} ({@link #reference}). */
  public static final String CHART_SCHEME = "chart";

  private final Mode mode;

  public HtmlWriter(Mode mode) {
    this.mode = mode;
  }

  public String write(DisclosureDocument doc) {
    Markup.Text body = new Markup.Text(200_000);
    body.text("\n");
    body(body, doc);
    String fonts = mode == Mode.SCREEN ? EmbeddedFonts.css(doc.title() + body) : "";
    StringBuilder b = new StringBuilder(fonts.length() + 210_000);
    b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"/>")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
        .append("<title>")
        .append(esc(doc.title()))
        .append("</title><style>")
        .append(fonts)
        .append(Stylesheet.css(mode))
        .append("</style></head><body>")
        .append(body.chars())
        .append("</body></html>\n");
    return b.toString();
  }

  /**
   * The same markup as a W3C DOM (the document {@link #write} writes, as an HTML parser reads it),
   * built directly: openhtmltopdf lays out a DOM, and writing the markup as text only to parse it
   * again took a cold {@code render} ~0.15 s.
   */
  public org.w3c.dom.Document dom(DisclosureDocument doc) {
    org.w3c.dom.Document d;
    try {
      // the JDK's own implementation, without looking for another on the class path
      javax.xml.parsers.DocumentBuilderFactory f =
          javax.xml.parsers.DocumentBuilderFactory.newDefaultInstance();
      f.setNamespaceAware(true);
      d = f.newDocumentBuilder().newDocument();
    } catch (javax.xml.parsers.ParserConfigurationException e) {
      throw new IllegalStateException("无法创建 DOM", e);
    }
    d.appendChild(d.getImplementation().createDocumentType("html", "", ""));
    org.w3c.dom.Element html = d.createElementNS(Markup.Dom.XHTML, "html");
    html.setAttribute("lang", "zh-CN");
    d.appendChild(html);
    Markup.Dom m = new Markup.Dom(d, html);
    m.open("head");
    m.empty("meta", "charset", "utf-8");
    m.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    m.element("title", doc.title());
    m.element("style", Stylesheet.css(mode));
    m.close("head");
    m.open("body");
    m.text("\n");
    body(m, doc);
    m.close("body");
    return d;
  }

  private void body(Markup m, DisclosureDocument doc) {
    for (Block block : doc.blocks()) {
      block(m, block, doc);
      m.text("\n");
    }
  }

  private void block(Markup m, Block block, DisclosureDocument doc) {
    if (block instanceof Block.Cover c) {
      m.open("section", "class", "cover");
      m.element("p", c.department(), "class", "cover-dept");
      m.element("p", c.title(), "class", "cover-title");
      m.element("p", c.date(), "class", "cover-date");
      m.close("section");
    } else if (block instanceof Block.Toc t) {
      toc(m, t, doc);
    } else if (block instanceof Block.Heading h) {
      String tag = "h" + h.level();
      if (h.level() == 1) {
        m.element(tag, h.text(), "id", h.anchor(), "class", "part");
      } else {
        m.element(tag, h.text(), "id", h.anchor());
      }
    } else if (block instanceof Block.Paragraph p) {
      m.open("p");
      m.lines(p.text());
      m.close("p");
    } else if (block instanceof Block.Figure f) {
      m.open("figure");
      m.empty(
          "img",
          "src",
          imageSource(f.chart()),
          "alt",
          f.chart().caption(),
          "width",
          Integer.toString(f.chart().width()),
          "height",
          Integer.toString(f.chart().height()));
      m.element("figcaption", f.chart().caption());
      m.close("figure");
    } else if (block instanceof Block.Table t) {
      table(m, t.table());
    } else if (block instanceof Block.Form f) {
      m.open("section", "class", "form");
      m.element("p", f.caption(), "class", "form-caption");
      f.lines().forEach(l -> m.element("p", l, "class", "form-line"));
      grid(m, f.grid(), f.caption());
      m.close("section");
    }
  }

  private void toc(Markup m, Block.Toc t, DisclosureDocument doc) {
    m.open("nav", "class", "toc", "aria-label", "目录");
    m.element("p", t.title(), "class", "toc-title");
    m.open("ul");
    for (Block block : doc.blocks()) {
      if (block instanceof Block.Heading h && h.level() <= 2) {
        entry(m, "l" + h.level(), h.anchor(), h.text());
      } else if (block instanceof Block.Table tb) {
        entry(m, "l2", "t" + tb.table().id(), tb.table().label() + "\u3000" + tb.table().title());
      }
    }
    m.close("ul");
    m.close("nav");
  }

  private static void entry(Markup m, String cls, String anchor, String text) {
    m.open("li", "class", cls);
    m.element("a", text, "href", "#" + anchor);
    m.close("li");
  }

  private void table(Markup m, TableBlock t) {
    m.open("section", "class", "table-block", "id", "t" + t.id());
    m.element("p", t.title(), "class", "table-title");
    m.element("p", t.label(), "class", "table-label");
    m.open("table", "class", "meta");
    m.open("tbody");
    m.open("tr");
    m.element("td", t.department());
    m.element("td", t.unit(), "class", "unit");
    m.close("tr");
    m.close("tbody");
    m.close("table");
    grid(m, t.grid(), t.title());
    m.open("div", "class", "notes");
    t.notes().forEach(n -> m.element("p", n));
    t.emptyStatement().ifPresent(s -> m.element("p", s, "class", "empty"));
    m.close("div");
    m.close("section");
  }

  private void grid(Markup m, Grid g, String caption) {
    m.open("table", "class", "grid");
    m.element("caption", caption, "class", "sr");
    if (!g.head().isEmpty()) {
      m.open("thead");
      g.head().forEach(row -> row(m, row, true));
      m.close("thead");
    }
    m.open("tbody");
    g.body().forEach(row -> row(m, row, false));
    m.close("tbody");
    m.close("table");
  }

  private void row(Markup m, List<GridCell> cells, boolean head) {
    m.open("tr");
    for (GridCell c : cells) {
      boolean th =
          head
              || c.kind() == GridCell.CellKind.HEAD
              || c.kind() == GridCell.CellKind.TEXT && !c.text().isBlank();
      String[] attributes = new String[10];
      int n = 0;
      if (th) {
        attributes[n++] = "scope";
        attributes[n++] =
            head || c.colspan() > 1 && c.kind() == GridCell.CellKind.HEAD ? "col" : "row";
      }
      if (c.colspan() > 1) {
        attributes[n++] = "colspan";
        attributes[n++] = Integer.toString(c.colspan());
      }
      if (c.rowspan() > 1) {
        attributes[n++] = "rowspan";
        attributes[n++] = Integer.toString(c.rowspan());
      }
      attributes[n++] = "class";
      attributes[n++] =
          c.kind().name().toLowerCase(java.util.Locale.ROOT) + (c.emphasis() ? " em" : "");
      // The stylesheet right-aligns td.number and td.figure; the inline style is for a program that
      // opens the saved page without it (a word processor). openhtmltopdf has the stylesheet, and
      // parsing the same declaration on 700 cells cost it time.
      if ((c.kind() == GridCell.CellKind.NUMBER || c.kind() == GridCell.CellKind.FIGURE)
          && (mode == Mode.SCREEN || th)) {
        attributes[n++] = "style";
        attributes[n++] = "text-align: right";
      }
      String tag = th ? "th" : "td";
      m.open(tag, Arrays.copyOf(attributes, n));
      m.lines(c.text());
      m.close(tag);
    }
    m.close("tr");
  }

  /**
   * The text escaped for HTML as jsoup escapes it. Most of a report's strings (Chinese text,
   * figures, class names) have nothing to escape and are returned as they are, without jsoup's
   * per-call work: only a control character, a quote, an ampersand, an angle bracket, a no-break
   * space or a character beyond the BMP goes to jsoup.
   */
  static String esc(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean plain =
          (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
              && c != '"'
              && c != '&'
              && c != '\''
              && c != '<'
              && c != '>'
              && c != '\u00A0'
              && !Character.isSurrogate(c);
      if (!plain) {
        return Entities.escape(s);
      }
    }
    return s;
  }

  /**
   * A chart inline as PNG data; for openhtmltopdf a reference ({@code chart:2}) it asks for when
   * its layout comes to the chart, so a chart still being drawn does not hold up the pages before
   * it.
   */
  private String imageSource(Chart chart) {
    return mode == Mode.PDF
        ? reference(chart)
        : "data:image/png;base64," + Base64.getEncoder().encodeToString(chart.png());
  }

  /** How the markup of {@link Mode#PDF} refers to a chart's image. */
  public static String reference(Chart chart) {
    return CHART_SCHEME + ":" + chart.number();
  }
}
