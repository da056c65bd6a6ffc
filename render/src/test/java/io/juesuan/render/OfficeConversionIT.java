package io.juesuan.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.port.DocumentFormat;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.render.check.SelfCheck;
import io.juesuan.render.grid.GridCell;
import io.juesuan.render.grid.TableBlock;
import io.juesuan.testkit.SampleDatasets;
import io.juesuan.testkit.zoo.ExternalProducers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Opens the DOCX and the XLSX as a department would — converted to PDF by LibreOffice, with the
 * report's fonts standing in for 宋体/黑体 — and reads the pages back: page count near our PDF's, every
 * 公开表 row whole on one page with its name on at most two lines, no page holding only a table's
 * notes, every spreadsheet page printed at 70% or more. Skipped, with a message, where LibreOffice
 * is not installed.
 */
class OfficeConversionIT {
  static Optional<String> soffice =
      ExternalProducers.Producer.LIBREOFFICE.executable().map(Path::toString);
  static Path work;

  @BeforeAll
  static void setUp() throws IOException {
    if (soffice.isEmpty()) {
      System.err.println("未安装 LibreOffice（soffice），跳过 DOCX/XLSX 的转换检查。");
    }
    Assumptions.assumeTrue(soffice.isPresent(), "未安装 LibreOffice（soffice），跳过 DOCX/XLSX 的转换检查");
    work = Files.createTempDirectory("juesuan-office");
    ExternalProducers.fontConfig(work);
  }

  static Stream<Arguments> editions() {
    return Stream.of(
        Arguments.of("湖北 2023（蔡甸区委办）", SampleDatasets.caidian2023()),
        Arguments.of("上海 2024（普陀区规划资源局）", SampleDatasets.shanghaiPutuo2024()));
  }

  /** Our PDF and LibreOffice's PDFs of the DOCX and the XLSX of one example. */
  record Converted(DisclosureDocument doc, PDDocument pdf, PDDocument docx, PDDocument xlsx) {}

  static Converted convert(String name, FinalAccounts accounts) throws Exception {
    DisclosureRenderer renderer = new DisclosureRenderer();
    DisclosureDocument doc = renderer.assemble(accounts);
    Path dir = Files.createDirectories(work.resolve(Integer.toString(Math.abs(name.hashCode()))));
    Files.write(dir.resolve("document.docx"), renderer.render(doc, DocumentFormat.DOCX));
    Files.write(dir.resolve("workbook.xlsx"), renderer.render(doc, DocumentFormat.XLSX));
    ProcessBuilder pb =
        new ProcessBuilder(
                soffice.get(),
                "-env:UserInstallation=" + work.resolve("profile").toUri(),
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                dir.toString(),
                dir.resolve("document.docx").toString(),
                dir.resolve("workbook.xlsx").toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("soffice.log").toFile());
    pb.environment().put("FONTCONFIG_FILE", work.resolve("fonts.conf").toString());
    Process p = pb.start();
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("LibreOffice 转换超时：" + name);
    }
    assertThat(dir.resolve("document.pdf")).as("LibreOffice 未生成 DOCX 的 PDF").exists();
    assertThat(dir.resolve("workbook.pdf")).as("LibreOffice 未生成 XLSX 的 PDF").exists();
    return new Converted(
        doc,
        Loader.loadPDF(renderer.render(doc, DocumentFormat.PDF)),
        Loader.loadPDF(dir.resolve("document.pdf").toFile()),
        Loader.loadPDF(dir.resolve("workbook.pdf").toFile()));
  }

  /**
   * How far the DOCX's page count (as LibreOffice sets it) may be from our PDF's (issue 16): Word
   * and LibreOffice break pages with their own metrics, so the count is near, not equal.
   */
  private static final int PAGE_TOLERANCE = 2;

  @ParameterizedTest(name = "{0}")
  @MethodSource("editions")
  @DisplayName("LibreOffice 打开 DOCX：页数与 PDF 相差不超过 2，表行不跨页、名称不超过两行，没有只有表注的页；XLSX 每页缩放不低于 70%")
  void convertedPagesHoldTheTables(String name, FinalAccounts accounts) throws Exception {
    Converted c = convert(name, accounts);
    try (PDDocument pdf = c.pdf();
        PDDocument docx = c.docx();
        PDDocument xlsx = c.xlsx()) {
      assertThat(docx.getNumberOfPages())
          .as("DOCX 经 LibreOffice 的页数（我们的 PDF 为 %d 页）", pdf.getNumberOfPages())
          .isBetween(
              pdf.getNumberOfPages() - PAGE_TOLERANCE, pdf.getNumberOfPages() + PAGE_TOLERANCE);

      List<List<Glyph>> all = glyphs(docx);
      List<TableBlock> tables = c.doc().tableBlocks();
      List<Integer> starts = new ArrayList<>();
      for (TableBlock t : tables) {
        String title = key(t.title());
        String unit = key(t.unit());
        int from = starts.isEmpty() ? 0 : starts.get(starts.size() - 1) + 1;
        int start = from;
        while (start < all.size()
            && !(text(all.get(start)).contains(title) && text(all.get(start)).contains(unit))) {
          start++;
        }
        assertThat(start).as("DOCX 中找不到%s的首页", t.title()).isLessThan(all.size());
        starts.add(start);
      }
      for (int i = 0; i < tables.size(); i++) {
        int end =
            i + 1 < tables.size() ? starts.get(i + 1) : endOfTables(c.doc(), all, starts.get(i));
        List<List<Glyph>> pages = all.subList(starts.get(i), end);
        for (List<GridCell> row : tables.get(i).grid().body()) {
          rowIsWhole(tables.get(i), row, pages);
        }
        noPageHoldsOnlyNotes(tables.get(i), pages);
      }

      List<List<Glyph>> sheets = glyphs(xlsx);
      for (int i = 0; i < sheets.size(); i++) {
        double scale = medianSize(sheets.get(i)) / BODY_POINTS;
        assertThat(scale).as("XLSX 第 %d 页的打印缩放", i + 1).isGreaterThanOrEqualTo(0.70);
      }
    }
  }

  /** The page where the heading after the last table begins (or the end of the document). */
  private static int endOfTables(DisclosureDocument doc, List<List<Glyph>> pages, int lastStart) {
    boolean afterTables = false;
    String next = null;
    for (Block b : doc.blocks()) {
      if (b instanceof Block.Table) {
        afterTables = true;
      } else if (afterTables && b instanceof Block.Heading h) {
        next = key(h.text());
        break;
      }
    }
    for (int p = lastStart + 1; next != null && p < pages.size(); p++) {
      if (text(pages.get(p)).contains(next)) {
        return p;
      }
    }
    return pages.size();
  }

  /** The workbook's body text size (XlsxStyles). */
  private static final double BODY_POINTS = 10;

  /**
   * A row's name is found in one page's text (of the table's pages), on at most two lines, and the
   * row's first amount is on that page too.
   */
  private static void rowIsWhole(TableBlock t, List<GridCell> row, List<List<Glyph>> pages) {
    Optional<GridCell> nameCell =
        row.stream()
            .filter(x -> x.kind() == GridCell.CellKind.TEXT && key(x.text()).length() >= 2)
            .findFirst();
    if (nameCell.isEmpty()) {
      return;
    }
    String name = key(nameCell.get().text());
    for (int page = 0; page < pages.size(); page++) {
      List<Glyph> found = find(pages.get(page), name);
      if (found.isEmpty()) {
        continue;
      }
      long lines = lines(found);
      assertThat(lines).as("%s的“%s”所占行数", t.title(), nameCell.get().text()).isLessThanOrEqualTo(2);
      String pageText = text(pages.get(page));
      row.stream()
          .filter(x -> x.kind() == GridCell.CellKind.NUMBER && !x.text().isEmpty())
          .findFirst()
          .ifPresent(
              amount ->
                  assertThat(pageText)
                      .as("%s“%s”一行的金额与名称在同一页", t.title(), nameCell.get().text())
                      .contains(amount.text()));
      return;
    }
    throw new AssertionError(t.title() + "的“" + nameCell.get().text() + "”不完整地出现在任何一页（表行跨页？）");
  }

  /**
   * Every page of a table shows some of its grid: no page holds only the notes (or the end of a
   * note) under it.
   */
  private static void noPageHoldsOnlyNotes(TableBlock t, List<List<Glyph>> pages) {
    List<String> gridTexts =
        t.grid().body().stream()
            .flatMap(List::stream)
            .map(x -> key(x.text()))
            .filter(s -> s.length() >= 2)
            .toList();
    if (gridTexts.isEmpty()) {
      return;
    }
    for (int i = 0; i < pages.size(); i++) {
      String text = text(pages.get(i)).replaceAll("第\\d+页", "");
      if (!text.isEmpty()) {
        assertThat(gridTexts.stream().anyMatch(text::contains))
            .as("%s的第 %d 页有表格内容（不是只有表注的一页）：%s", t.title(), i + 1, text)
            .isTrue();
      }
    }
  }

  /** A glyph as LibreOffice wrote it, in content order: its character, baseline and size. */
  record Glyph(String ch, double y, double size) {}

  private static List<List<Glyph>> glyphs(PDDocument pdf) throws IOException {
    List<List<Glyph>> pages = new ArrayList<>();
    for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
      List<Glyph> page = new ArrayList<>();
      PDFTextStripper s =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
              for (TextPosition tp : positions) {
                page.add(new Glyph(tp.getUnicode(), tp.getYDirAdj(), tp.getXScale()));
              }
            }
          };
      s.setSortByPosition(false);
      s.setStartPage(i);
      s.setEndPage(i);
      s.getText(pdf);
      pages.add(page);
    }
    return pages;
  }

  /**
   * The occurrence of {@code key} (whitespace ignored) on the fewest lines, as glyphs in content
   * order; empty if absent. (A name may also stand in a header cell, wrapped more narrowly.)
   */
  private static List<Glyph> find(List<Glyph> page, String key) {
    List<Glyph> letters = page.stream().filter(g -> !key(g.ch()).isEmpty()).toList();
    StringBuilder all = new StringBuilder();
    List<Integer> owner = new ArrayList<>();
    for (int i = 0; i < letters.size(); i++) {
      String k = key(letters.get(i).ch());
      all.append(k);
      for (int j = 0; j < k.length(); j++) {
        owner.add(i);
      }
    }
    List<Glyph> best = List.of();
    for (int at = all.indexOf(key); at >= 0; at = all.indexOf(key, at + 1)) {
      List<Glyph> found = letters.subList(owner.get(at), owner.get(at + key.length() - 1) + 1);
      if (best.isEmpty() || lines(found) < lines(best)) {
        best = found;
      }
    }
    return best;
  }

  private static long lines(List<Glyph> glyphs) {
    return glyphs.stream().mapToLong(g -> Math.round(g.y())).distinct().count();
  }

  private static String text(List<Glyph> page) {
    StringBuilder b = new StringBuilder();
    page.forEach(g -> b.append(key(g.ch())));
    return b.toString();
  }

  private static double medianSize(List<Glyph> page) {
    double[] sizes = page.stream().mapToDouble(Glyph::size).sorted().toArray();
    return sizes.length == 0 ? BODY_POINTS : sizes[sizes.length / 2];
  }

  private static String key(String s) {
    return SelfCheck.normalize(s).replaceAll("\\s", "");
  }
}
