package io.juesuan.render.html;

import io.juesuan.render.Fonts;

/**
 * The stylesheet: 宋体-style serif body, 黑体-style sans headings, official table rules, print/page
 * rules.
 */
final class Stylesheet {
  private Stylesheet() {}

  static String css(HtmlWriter.Mode mode) {
    String serif =
        mode == HtmlWriter.Mode.PDF
            ? "\"" + Fonts.SERIF + "\", \"" + Fonts.FALLBACK + "\", \"" + Fonts.EXT_B + "\""
            : "\""
                + Fonts.SERIF
                + "\", \""
                + Fonts.FALLBACK
                + "\", \"Source Han Serif SC\", \"Songti SC\", SimSun, serif";
    String sans =
        mode == HtmlWriter.Mode.PDF
            ? "\"" + Fonts.SANS + "\", \"" + Fonts.FALLBACK + "\", \"" + Fonts.EXT_B + "\""
            : "\""
                + Fonts.SANS
                + "\", \""
                + Fonts.FALLBACK
                + "\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\", SimHei, sans-serif";
    String paging =
        """
        @page { size: A4; margin: 22mm 17mm 20mm 17mm;
          @bottom-center { content: "第 " counter(page) " 页"; font-family: SERIF; font-size: 9pt; } }
        @page :first { @bottom-center { content: none; } }
        .toc, h1.part, section.table-block { page-break-before: always; }
        table.grid { -fs-table-paginate: paginate; }
        thead { display: table-header-group; }
        tr { page-break-inside: avoid; }
        figure, .table-title, .table-label, table.meta { page-break-inside: avoid; page-break-after: avoid; }
        h1, h2, h3 { page-break-after: avoid; }
        .toc a::after { content: leader('.') target-counter(attr(href), page); }
        """;
    String common =
        """
        body { font-family: SERIF; font-size: 11.5pt; line-height: 1.75; color: #000; }
        h1, h2, h3, .table-title, .cover-title, .toc-title, .form-caption { font-family: SANS; font-weight: bold; }
        h1 { font-size: 18pt; text-align: center; margin: 0 0 14pt; }
        h2 { font-size: 13.5pt; margin: 12pt 0 6pt; }
        h3 { font-size: 12pt; margin: 8pt 0 4pt; }
        p { text-indent: 2em; margin: 0 0 4pt; text-align: justify; }
        .cover { text-align: center; padding-top: 60mm; }
        .cover p { text-indent: 0; }
        .cover-dept { font-size: 20pt; font-family: SANS; }
        .cover-title { font-size: 30pt; margin: 18mm 0 80mm; letter-spacing: 2pt; }
        .cover-date { font-size: 15pt; }
        .toc-title { font-size: 18pt; text-align: center; text-indent: 0; }
        .toc ul { list-style: none; padding: 0; margin: 0; }
        .toc li { margin: 0 0 1pt; line-height: 1.55; }
        .toc li.l2 { padding-left: 2em; font-size: 10.5pt; }
        .toc a { color: #000; text-decoration: none; }
        figure { margin: 8pt 0 10pt; text-align: center; }
        figure img { width: 140mm; height: auto; }
        figcaption { font-family: SANS; font-size: 10.5pt; }
        .table-title { font-size: 15pt; text-align: center; text-indent: 0; margin: 0; }
        .table-label { text-align: right; text-indent: 0; font-size: 9.5pt; margin: 0; }
        table.meta { width: 100%; border-collapse: collapse; font-size: 9.5pt; margin: 0 0 2pt; }
        table.meta td { padding: 0; } table.meta td.unit { text-align: right; }
        table.grid { width: 100%; border-collapse: collapse; font-size: 8.5pt; line-height: 1.3; }
        table.grid th, table.grid td { border: 0.6pt solid #000; padding: 2pt 3pt; vertical-align: middle; }
        table.grid th { font-weight: normal; text-align: left; }
        table.grid th.head { font-family: SANS; font-weight: bold; text-align: center; background: #f2f2f2; }
        table.grid .center { text-align: center; }
        table.grid td.number, table.grid td.figure { text-align: right; }
        table.grid .em { font-weight: bold; }
        caption.sr { height: 0; overflow: hidden; font-size: 0; }
        .notes p { text-indent: 0; font-size: 9pt; margin: 2pt 0 0; line-height: 1.5; }
        .notes p.empty { font-size: 10.5pt; margin-top: 6pt; }
        .form-caption { text-align: center; text-indent: 0; font-size: 13pt; }
        .form-line { text-indent: 0; font-size: 9.5pt; }
        section.form { margin: 6pt 0 10pt; }
        """;
    String css =
        common
            + (mode == HtmlWriter.Mode.PDF
                ? paging
                : "@media print {\n"
                    + paging
                    + "}\n@media screen { body { max-width: 210mm; margin: 0 auto; padding: 0 12mm; } }\n");
    return css.replace("SERIF", serif).replace("SANS", sans);
  }
}
