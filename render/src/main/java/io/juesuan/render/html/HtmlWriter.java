package io.juesuan.render.html;

import io.juesuan.render.Block;
import io.juesuan.render.DisclosureDocument;
import io.juesuan.render.chart.Chart;
import io.juesuan.render.grid.Grid;
import io.juesuan.render.grid.GridCell;
import io.juesuan.render.grid.TableBlock;
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
    StringBuilder body = new StringBuilder(200_000);
    for (Block block : doc.blocks()) {
      block(body, block, doc);
    }
    String fonts = mode == Mode.SCREEN ? EmbeddedFonts.css(doc.title() + body) : "";
    StringBuilder b = new StringBuilder(body.length() + fonts.length() + 10_000);
    b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"/>")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
        .append("<title>")
        .append(esc(doc.title()))
        .append("</title><style>")
        .append(fonts)
        .append(Stylesheet.css(mode))
        .append("</style></head><body>\n")
        .append(body)
        .append("</body></html>\n");
    return b.toString();
  }

  private void block(StringBuilder b, Block block, DisclosureDocument doc) {
    if (block instanceof Block.Cover c) {
      b.append("<section class=\"cover\"><p class=\"cover-dept\">")
          .append(esc(c.department()))
          .append("</p><p class=\"cover-title\">")
          .append(esc(c.title()))
          .append("</p><p class=\"cover-date\">")
          .append(esc(c.date()))
          .append("</p></section>\n");
    } else if (block instanceof Block.Toc t) {
      toc(b, t, doc);
    } else if (block instanceof Block.Heading h) {
      String cls = h.level() == 1 ? " class=\"part\"" : "";
      b.append("<h")
          .append(h.level())
          .append(" id=\"")
          .append(h.anchor())
          .append('"')
          .append(cls)
          .append('>')
          .append(esc(h.text()))
          .append("</h")
          .append(h.level())
          .append(">\n");
    } else if (block instanceof Block.Paragraph p) {
      b.append("<p>").append(esc(p.text()).replace("\n", "<br/>")).append("</p>\n");
    } else if (block instanceof Block.Figure f) {
      b.append("<figure><img src=\"")
          .append(imageSource(f.chart()))
          .append("\" alt=\"")
          .append(esc(f.chart().caption()))
          .append("\" width=\"")
          .append(f.chart().width())
          .append("\" height=\"")
          .append(f.chart().height())
          .append("\"/><figcaption>")
          .append(esc(f.chart().caption()))
          .append("</figcaption></figure>\n");
    } else if (block instanceof Block.Table t) {
      table(b, t.table());
    } else if (block instanceof Block.Form f) {
      b.append("<section class=\"form\"><p class=\"form-caption\">")
          .append(esc(f.caption()))
          .append("</p>");
      f.lines().forEach(l -> b.append("<p class=\"form-line\">").append(esc(l)).append("</p>"));
      grid(b, f.grid(), f.caption());
      b.append("</section>\n");
    }
  }

  private void toc(StringBuilder b, Block.Toc t, DisclosureDocument doc) {
    b.append("<nav class=\"toc\" aria-label=\"目录\"><p class=\"toc-title\">")
        .append(esc(t.title()))
        .append("</p><ul>");
    for (Block block : doc.blocks()) {
      if (block instanceof Block.Heading h && h.level() <= 2) {
        entry(b, "l" + h.level(), h.anchor(), h.text());
      } else if (block instanceof Block.Table tb) {
        entry(b, "l2", "t" + tb.table().id(), tb.table().label() + "\u3000" + tb.table().title());
      }
    }
    b.append("</ul></nav>\n");
  }

  private static void entry(StringBuilder b, String cls, String anchor, String text) {
    b.append("<li class=\"")
        .append(cls)
        .append("\"><a href=\"#")
        .append(anchor)
        .append("\">")
        .append(esc(text))
        .append("</a></li>");
  }

  private void table(StringBuilder b, TableBlock t) {
    b.append("<section class=\"table-block\" id=\"t")
        .append(t.id())
        .append("\"><p class=\"table-title\">")
        .append(esc(t.title()))
        .append("</p><p class=\"table-label\">")
        .append(esc(t.label()))
        .append("</p><table class=\"meta\"><tr><td>")
        .append(esc(t.department()))
        .append("</td><td class=\"unit\">")
        .append(esc(t.unit()))
        .append("</td></tr></table>");
    grid(b, t.grid(), t.title());
    b.append("<div class=\"notes\">");
    t.notes().forEach(n -> b.append("<p>").append(esc(n)).append("</p>"));
    t.emptyStatement()
        .ifPresent(s -> b.append("<p class=\"empty\">").append(esc(s)).append("</p>"));
    b.append("</div></section>\n");
  }

  private void grid(StringBuilder b, Grid g, String caption) {
    b.append("<table class=\"grid\"><caption class=\"sr\">")
        .append(esc(caption))
        .append("</caption>");
    if (!g.head().isEmpty()) {
      b.append("<thead>");
      g.head().forEach(row -> row(b, row, true));
      b.append("</thead>");
    }
    b.append("<tbody>");
    g.body().forEach(row -> row(b, row, false));
    b.append("</tbody></table>");
  }

  private void row(StringBuilder b, List<GridCell> cells, boolean head) {
    b.append("<tr>");
    for (GridCell c : cells) {
      boolean th =
          head
              || c.kind() == GridCell.CellKind.HEAD
              || c.kind() == GridCell.CellKind.TEXT && !c.text().isBlank();
      String tag = th ? "th" : "td";
      b.append('<').append(tag);
      if (th) {
        b.append(
            head || c.colspan() > 1 && c.kind() == GridCell.CellKind.HEAD
                ? " scope=\"col\""
                : " scope=\"row\"");
      }
      if (c.colspan() > 1) {
        b.append(" colspan=\"").append(c.colspan()).append('"');
      }
      if (c.rowspan() > 1) {
        b.append(" rowspan=\"").append(c.rowspan()).append('"');
      }
      b.append(" class=\"")
          .append(c.kind().name().toLowerCase(java.util.Locale.ROOT))
          .append(c.emphasis() ? " em" : "")
          .append('"');
      // The stylesheet right-aligns td.number and td.figure; the inline style is for a program that
      // opens the saved page without it (a word processor). openhtmltopdf has the stylesheet, and
      // parsing the same declaration on 700 cells cost it time.
      if ((c.kind() == GridCell.CellKind.NUMBER || c.kind() == GridCell.CellKind.FIGURE)
          && (mode == Mode.SCREEN || th)) {
        b.append(" style=\"text-align: right\"");
      }
      b.append('>')
          .append(esc(c.text()).replace("\n", "<br/>"))
          .append("</")
          .append(tag)
          .append('>');
    }
    b.append("</tr>");
  }

  static String esc(String s) {
    return Entities.escape(s);
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
