package io.juesuan.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.juesuan.testkit.SamplePdfs;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PDFs that cannot be audited get a clear Chinese message saying why. */
class PdfProblemsTest {
  private final ReportImporter importer = new ReportImporter();

  @Test
  @DisplayName("加密PDF：提示有密码保护")
  void passwordProtectedPdfSaysSo() throws IOException {
    byte[] pdf;
    try (PDDocument doc = textPdf("2023 income 990.75")) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      pdf = save(doc);
    }
    assertThatThrownBy(() -> importer.read("locked.pdf", pdf))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("密码保护");
  }

  @Test
  @DisplayName("扫描件（只有图片）：提示没有可提取的文字")
  void imageOnlyPdfSaysSo() throws IOException {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
      PDImageXObject x = LosslessFactory.createFromImage(doc, img);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(x, 50, 500);
      }
      pdf = save(doc);
    }
    assertThatThrownBy(() -> importer.read("scan.pdf", pdf))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("没有可提取的文字")
        .hasMessageContaining("扫描件");
  }

  @Test
  @DisplayName("截断到没有页面的PDF：提示无法解析；截断后剩下部分页面：读出多少审多少，缺表逐一报出")
  void truncatedPdfSaysItCannotBeParsedOrIsReadPartly() {
    byte[] head = Arrays.copyOf(SamplePdfs.putuoPlanning2024(), 300);
    assertThatThrownBy(() -> importer.read("head.pdf", head))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("PDF");
    byte[] part = Arrays.copyOf(SamplePdfs.putuoPlanning2024(), 2000);
    var report = importer.read("part.pdf", part);
    var result = new io.juesuan.core.audit.ReportAuditor().audit(report);
    assertThat(result.findings()).filteredOn(f -> f.rule().value().equals("C-TABLE")).hasSize(9);
  }

  @Test
  @DisplayName("二进制文件既非PDF也非文本：提示无法读取")
  void binaryThatIsNoPdfIsRefused() {
    byte[] junk = new byte[] {0, 1, 2, 3, 0, 0, 7};
    assertThatThrownBy(() -> importer.read("junk.bin", junk))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("既不是 PDF 也不是文本");
  }

  @Test
  void pdfWithTextButNoTablesIsReadWithNothingFound() throws IOException {
    byte[] pdf;
    try (PDDocument doc = textPdf("This page has some words but no disclosure tables at all.")) {
      pdf = save(doc);
    }
    assertThat(importer.read("words.pdf", pdf).presence()).noneMatch(p -> p.titleFound());
  }

  private static PDDocument textPdf(String text) throws IOException {
    PDDocument doc = new PDDocument();
    PDPage page = new PDPage();
    doc.addPage(page);
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      cs.beginText();
      cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
      cs.newLineAtOffset(50, 700);
      cs.showText(text);
      cs.endText();
    }
    return doc;
  }

  private static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }
}
