package io.juesuan.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.juesuan.core.money.Amount;
import io.juesuan.core.narrative.Sentence;
import io.juesuan.core.narrative.TemplateResidue;
import io.juesuan.core.port.DocumentFormat;
import io.juesuan.core.table.CellRef;
import io.juesuan.render.check.PdfText;
import io.juesuan.render.check.SelfCheck;
import io.juesuan.render.check.SelfCheckException;
import io.juesuan.testkit.SampleDatasets;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Renders the example in every format once and reads each back (PDFBox, POI, jsoup). */
class RenderedDocumentIT {
  static final List<String> TITLES =
      List.of(
          "2023年度收入支出决算总表",
          "2023年度收入决算表",
          "2023年度支出决算表",
          "2023年度财政拨款收入支出决算总表",
          "2023年度一般公共预算财政拨款支出决算表",
          "2023年度一般公共预算财政拨款基本支出决算明细表",
          "2023年度政府性基金预算财政拨款收入支出决算表",
          "2023年度国有资本经营预算财政拨款支出决算表",
          "2023年度财政拨款“三公”经费支出决算表");

  static DisclosureRenderer renderer = new DisclosureRenderer();
  static DisclosureDocument doc;
  static byte[] pdf;
  static byte[] docx;
  static byte[] xlsx;
  static String html;

  @BeforeAll
  static void render() {
    doc = renderer.assemble(SampleDatasets.caidian2023());
    pdf = renderer.render(doc, DocumentFormat.PDF);
    docx = renderer.render(doc, DocumentFormat.DOCX);
    xlsx = renderer.render(doc, DocumentFormat.XLSX);
    html = new String(renderer.render(doc, DocumentFormat.HTML), StandardCharsets.UTF_8);
  }

  static String flat(String s) {
    return SelfCheck.normalize(s);
  }

  @Test
  @DisplayName("PDF：九张表的表题、示例数字、情况说明中的占比与表一致，自检通过")
  void pdfTextHasTablesFiguresAndNarrative() {
    String text = flat(PdfText.of(pdf));
    TITLES.forEach(t -> assertThat(text).contains(t));
    assertThat(text)
        .contains("公开01表", "部门：中国共产党武汉市蔡甸区委员会办公室", "金额单位：万元", "本部门当年无政府性基金预算财政拨款收入支出")
        .contains(
            "2023年度收、支总计990.75万元", "财政拨款收入990.24万元，占本年收入合计的99.95%", "基本支出866.15万元，占本年支出合计的87.42%")
        .contains("1.一般公共服务（类）支出746.34万元，占75.37%", "人员经费838.07万元", "公用经费28.09万元")
        .contains("≥25件", "36件", "达成", "需人工判断")
        .contains("27行＝（1＋2＋3＋4＋5＋6＋7＋8）行");
    assertThat(SelfCheck.check(doc, PdfText.of(pdf))).isEmpty();
    assertThat(PdfText.pages(pdf)).isBetween(20, 60);
  }

  @Test
  @DisplayName("分段并行读回的PDF文字与整份一次读回的逐字相同")
  void pdfTextReadInRangesEqualsTheWholeRead() throws IOException {
    String whole;
    try (PDDocument d = Loader.loadPDF(pdf)) {
      PDFTextStripper s = new PDFTextStripper();
      s.setSortByPosition(true);
      whole = s.getText(d);
    }
    assertThat(PdfText.pages(pdf)).isGreaterThanOrEqualTo(16);
    assertThat(PdfText.of(pdf)).isEqualTo(whole);
  }

  @Test
  @DisplayName("PDF 中的图依次是文档的图，逐像素相同")
  void pdfShowsTheDocumentsChartsInTheirOrder() throws IOException {
    List<byte[]> charts =
        doc.blocks().stream()
            .filter(b -> b instanceof Block.Figure)
            .map(b -> ((Block.Figure) b).chart().png())
            .toList();
    List<BufferedImage> shown = new ArrayList<>();
    try (PDDocument d = Loader.loadPDF(pdf)) {
      for (PDPage page : d.getPages()) {
        for (COSName name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
            shown.add(image.getImage());
          }
        }
      }
    }
    assertThat(charts).hasSize(4);
    assertThat(shown).hasSameSizeAs(charts);
    for (int i = 0; i < charts.size(); i++) {
      BufferedImage chart = ImageIO.read(new ByteArrayInputStream(charts.get(i)));
      BufferedImage image = shown.get(i);
      assertThat(image.getWidth()).isEqualTo(chart.getWidth());
      assertThat(image.getHeight()).isEqualTo(chart.getHeight());
      assertThat(image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth()))
          .as("图%d", i + 1)
          .isEqualTo(
              chart.getRGB(0, 0, chart.getWidth(), chart.getHeight(), null, 0, chart.getWidth()));
    }
  }

  @Test
  @DisplayName("PDF 中每个公开表的每个数字都能找到")
  void pdfShowsEveryPublishedCell() {
    String text = PdfText.of(pdf);
    for (Map.Entry<CellRef, Amount> cell : doc.tables().cells()) {
      assertThat(text).as(cell.getKey().label()).contains(cell.getValue().plain());
    }
  }

  @Test
  void selfCheckFailsOnAWrongFigureOrResidue() {
    String text = PdfText.of(pdf);
    assertThat(SelfCheck.check(doc, text.replace("990.75万元", "990.76万元"))).isNotEmpty();
    assertThat(SelfCheck.check(doc, text + "\n比上年增加(减少)0.万元"))
        .anySatisfy(p -> assertThat(p).startsWith("模板残留"));
    assertThat(new SelfCheckException("PDF", List.of("x")).problems()).containsExactly("x");
  }

  @Test
  @DisplayName("XLSX：每表一页，数字为数值并以 #,##0.00 显示，与推导的公开表逐格一致")
  void xlsxHasOneSheetPerTableWithNumericCells() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (int i = 1; i <= 9; i++) {
        Sheet s = wb.getSheet("公开0" + i + "表");
        assertThat(s).isNotNull();
        assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo(TITLES.get(i - 1));
        assertThat(s.getPaneInformation().isFreezePane()).isTrue();
        assertThat(s.getPrintSetup().getPaperSize())
            .isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
      }
      List<Double> numbers =
          wb.getSheet("公开02表").getRow(0).getSheet().iterator().hasNext()
              ? numbers(wb.getSheet("公开02表"))
              : List.of();
      assertThat(numbers).contains(990.75, 990.24, 0.50, 746.84, 570.91);
      Cell total = find(wb.getSheet("公开01表"), 990.75);
      assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
      assertThat(wb.getSheet("公开01表").getNumMergedRegions()).isGreaterThan(3);
      for (Map.Entry<CellRef, Amount> cell : doc.tables().cells()) {
        assertThat(numbers(wb.getSheet("公开" + cell.getKey().table().value() + "表")))
            .as(cell.getKey().label())
            .contains(cell.getValue().value().doubleValue());
      }
      assertThat(wb.getSheet("部门整体绩效自评表")).isNotNull();
    }
  }

  private static List<Double> numbers(Sheet s) {
    List<Double> out = new ArrayList<>();
    for (Row r : s) {
      for (Cell c : r) {
        if (c.getCellType() == CellType.NUMERIC) {
          out.add(c.getNumericCellValue());
        }
      }
    }
    return out;
  }

  private static Cell find(Sheet s, double v) {
    for (Row r : s) {
      for (Cell c : r) {
        if (c.getCellType() == CellType.NUMERIC && c.getNumericCellValue() == v) {
          return c;
        }
      }
    }
    throw new AssertionError("找不到 " + v);
  }

  @Test
  @DisplayName("DOCX：标题样式、真实表格、情况说明全文")
  void docxHasHeadingsTablesAndNarrative() throws IOException {
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
      assertThat(d.getParagraphs())
          .extracting(XWPFParagraph::getStyle)
          .contains("Heading1", "Heading2", "Heading3", "BodyText");
      assertThat(d.getTables()).hasSizeGreaterThanOrEqualTo(11);
      assertThat(d.getTables().get(0).getRow(3).getCell(2).getText()).isEqualTo("990.24");
      assertThat(d.getTables().get(0).getRow(0).isRepeatHeader()).isTrue();
      String text = flat(new XWPFWordExtractor(d).getText());
      TITLES.forEach(t -> assertThat(text).contains(t));
      for (Sentence s : doc.text().sentences()) {
        assertThat(text).contains(flat(s.text()));
      }
      assertThat(TemplateResidue.find(new XWPFWordExtractor(d).getText())).isEmpty();
    }
  }

  @Test
  @DisplayName("HTML：单页自含（图表内嵌）、th/scope、打印样式、全文")
  void htmlIsSelfContainedAndAccessible() {
    Document d = Jsoup.parse(html);
    assertThat(d.select("img[src^=data:image/png;base64,]")).hasSize(4);
    assertThat(d.select("figcaption").eachText())
        .containsExactly("图1：收、支决算总计变动情况", "图2：收入决算结构", "图3：支出决算结构", "图4：财政拨款收、支决算总计变动情况");
    assertThat(d.select("table.grid thead th[scope=col]")).isNotEmpty();
    assertThat(d.select("table.grid tbody th[scope=row]")).isNotEmpty();
    assertThat(d.select("style").html()).contains("@media print");
    assertThat(d.select("section.table-block")).hasSize(9);
    assertThat(d.select("#t01 td.number").eachText()).contains("990.24", "990.75", "746.84");
    String text = flat(d.text());
    TITLES.forEach(t -> assertThat(text).contains(t));
    for (Sentence s : doc.text().sentences()) {
      assertThat(text).contains(flat(s.text()));
    }
    assertThat(TemplateResidue.find(d.text())).isEmpty();
    assertThat(d.select("link[href], script[src]")).isEmpty();
  }

  @Test
  @DisplayName("同一数据渲染两次，文字完全相同")
  void renderingTwiceGivesTheSameText() {
    DisclosureDocument again = renderer.assemble(SampleDatasets.caidian2023());
    assertThat(PdfText.of(renderer.render(again, DocumentFormat.PDF))).isEqualTo(PdfText.of(pdf));
    assertThat(new String(renderer.render(again, DocumentFormat.HTML), StandardCharsets.UTF_8))
        .isEqualTo(html);
  }

  @Test
  @DisplayName("缺少人工文字时输出【待填写：…】，自检仍通过")
  void missingTextsArePendingNotInvented() {
    DisclosureDocument bare = renderer.assemble(SampleDatasets.caidian2023WithoutTexts());
    byte[] bytes = renderer.render(bare, DocumentFormat.PDF);
    String text = flat(PdfText.of(bytes));
    assertThat(text).contains("【待填写：收支总计增减变化的主要原因】", "【待填写：项目支出的主要用途和成效】");
    String all = bare.text().sentences().stream().map(Sentence::text).collect(Collectors.joining());
    assertThat(all).doesNotContain("补缴了2022年人员的养老保险");
  }

  @Test
  void failingSelfCheckIsAnException() {
    assertThatThrownBy(
            () -> {
              throw new SelfCheckException("PDF", List.of("数字与表不符"));
            })
        .hasMessageContaining("自检未通过");
  }
}
