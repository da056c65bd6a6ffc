package io.juesuan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.audit.PublishedReport;
import io.juesuan.core.rules.Finding;
import io.juesuan.importer.pdf.PdfDiagnostics;
import io.juesuan.testkit.SamplePdfs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A PDF whose reading was damaged says so, once per damaged page, and prints nothing. */
class DamagedPdfTest {
  @Test
  @DisplayName("内容流损坏的页：一条“第N页内容损坏”，文件开头说明一次，标准错误输出无库日志")
  void damagedPageBecomesOneFindingAndNoLogging() throws IOException {
    byte[] pdf = pdfWithBrokenSecondPage();
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PublishedReport r;
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      r = new ReportImporter().read("damaged.pdf", pdf);
    } finally {
      System.setErr(err);
    }
    List<Finding> damaged =
        r.readFindings().stream().filter(f -> f.rule().equals(PdfDiagnostics.DAMAGED)).toList();
    assertThat(damaged).hasSize(2);
    assertThat(damaged.get(0).message()).contains("本文件读取受损").contains("第2页");
    assertThat(damaged.get(1).message()).startsWith("第2页内容损坏，部分文字无法读取");
    assertThat(damaged).noneMatch(f -> f.message().startsWith("第1页"));
    assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("too few operands");
  }

  @Test
  @DisplayName("读取受损的文件：没读到的表和小节是“未能核对”，不是错误")
  void whatADamagedFileLacksIsNotCheckedRatherThanAnError() throws IOException {
    PublishedReport r = new ReportImporter().read("damaged.pdf", pdfWithBrokenSecondPage());
    io.juesuan.core.rules.CheckResult result = new io.juesuan.core.audit.ReportAuditor().audit(r);
    assertThat(result.findings())
        .noneMatch(f -> f.rule().value().equals("C-TABLE") || f.rule().value().equals("C-SECTION"));
    assertThat(result.skipped())
        .anyMatch(x -> x.rule().value().equals("C-TABLE") && x.reason().contains("读取受损"));
  }

  @Test
  @DisplayName("完好的PDF：没有“内容损坏”的发现")
  void soundPdfHasNoDamageFinding() {
    PublishedReport r =
        new ReportImporter(Duration.ofMinutes(10))
            .read("sample.pdf", SamplePdfs.putuoPlanning2024());
    assertThat(r.readFindings()).noneMatch(f -> f.rule().equals(PdfDiagnostics.DAMAGED));
  }

  /** Page 1 sound; page 2's content stream sets a text matrix with two operands instead of six. */
  private static byte[] pdfWithBrokenSecondPage() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDPage first = new PDPage();
      doc.addPage(first);
      try (PDPageContentStream cs = new PDPageContentStream(doc, first)) {
        cs.beginText();
        cs.setFont(font, 12);
        cs.newLineAtOffset(50, 700);
        cs.showText("2023 income 990.75 expenditure 800.25 balance 190.50");
        cs.endText();
      }
      PDPage second = new PDPage();
      PDResources resources = new PDResources();
      resources.put(COSName.getPDFName("F1"), font);
      second.setResources(resources);
      String broken = "BT /F1 12 Tf 1 0 Tm (second page text 120.00) Tj ET";
      PDStream stream = new PDStream(doc);
      try (var out = stream.createOutputStream()) {
        out.write(broken.getBytes(StandardCharsets.US_ASCII));
      }
      second.setContents(stream);
      doc.addPage(second);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }
}
