package io.juesuan.importer.pdf;

import io.juesuan.core.audit.PublishedReport;
import io.juesuan.core.rules.Finding;
import io.juesuan.core.rules.Location;
import io.juesuan.core.rules.RuleId;
import io.juesuan.core.rules.Severity;
import io.juesuan.importer.DocumentReader;
import io.juesuan.importer.ImportException;
import io.juesuan.importer.Line;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Imports a published report straight from its PDF: glyph positions (PDFBox {@code TextPosition})
 * give lines sorted top to bottom and words split where the gap between glyphs shows a new cell;
 * the vertical rules the page draws across a line give its words' cells ({@link Rulings}). An
 * encrypted or image-only PDF gets a clear message saying so; a page that cannot be read becomes a
 * finding and the rest is read.
 */
public final class PdfImporter {
  private static final int MIN_TEXT_CHARS = 20;

  private PdfImporter() {}

  public static PublishedReport read(String source, byte[] pdf) {
    try (PdfDiagnostics diagnostics = PdfDiagnostics.open(source);
        PDDocument doc = Loader.loadPDF(pdf)) {
      doc.setResourceCache(new KeptFonts(diagnostics));
      List<Line> lines = new ArrayList<>();
      List<Finding> findings = new ArrayList<>();
      SortedSet<Integer> unreadPages = new TreeSet<>();
      int chars = 0;
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        if (Thread.currentThread().isInterrupted()) {
          throw new ImportException(source + ": 读取被中止（超时）");
        }
        diagnostics.page(page);
        try {
          List<Line> pageLines = PositionedTextStripper.lines(doc, page);
          for (Line l : pageLines) {
            chars += l.compact().length();
          }
          lines.addAll(pageLines);
        } catch (IOException | RuntimeException e) {
          unreadPages.add(page);
          findings.add(
              Finding.of(
                  RuleId.of("IMPORT-PAGE"),
                  Severity.WARNING,
                  new Location.Part("第" + page + "页"),
                  "第" + page + "页无法读取（" + e.getClass().getSimpleName() + "），该页内容未审核"));
        }
      }
      if (doc.getNumberOfPages() == 0) {
        throw new ImportException(source + ": PDF 文件没有页面");
      }
      if (chars < MIN_TEXT_CHARS) {
        throw new ImportException(
            source + ": PDF 中没有可提取的文字（可能是扫描件或图片版），无法审核；请提供文字版 PDF，或先做文字识别（OCR）后导入文本");
      }
      diagnostics.page(0);
      findings.addAll(diagnostics.findings(unreadPages));
      PublishedReport r = DocumentReader.read(source, lines);
      List<Finding> all = new ArrayList<>(findings);
      all.addAll(r.readFindings());
      return new PublishedReport(
          r.source(),
          r.layout(),
          r.fiscalYear(),
          r.tables(),
          r.presence(),
          r.narrative(),
          r.text(),
          r.departmentNames(),
          all,
          r.inDoubt());
    } catch (InvalidPasswordException e) {
      throw new ImportException(source + ": PDF 文件有密码保护（已加密），无法读取；请提供未加密的文件", e);
    } catch (IOException e) {
      throw new ImportException(source + ": 无法解析 PDF 文件（文件可能已损坏或不完整）：" + e.getMessage(), e);
    }
  }
}
