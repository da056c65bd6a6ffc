package io.juesuan.render;

import io.juesuan.core.port.DocumentFormat;
import io.juesuan.core.port.DocumentRenderer;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.render.check.DrawnText;
import io.juesuan.render.check.PdfText;
import io.juesuan.render.check.SelfCheck;
import io.juesuan.render.check.SelfCheckException;
import io.juesuan.render.docx.DocxWriter;
import io.juesuan.render.html.HtmlWriter;
import io.juesuan.render.pdf.PdfWriter;
import io.juesuan.render.xlsx.XlsxWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The {@link DocumentRenderer} port: assembles the disclosure document and writes it in the asked
 * format. A PDF is read back and self-checked (every sentence and table title is in its text, every
 * cited figure equals the tables, no template residue); a failing self-check throws {@link
 * SelfCheckException}.
 */
public final class DisclosureRenderer implements DocumentRenderer {
  private final DocumentAssembler assembler;

  public DisclosureRenderer() {
    this(io.juesuan.core.edition.Editions.installed());
  }

  /** Renders with the given editions (an edition added in files). */
  public DisclosureRenderer(io.juesuan.core.edition.Editions editions) {
    this.assembler = new DocumentAssembler(editions);
  }

  @Override
  public byte[] render(FinalAccounts accounts, DocumentFormat format) {
    return render(assembler.assemble(accounts), format);
  }

  public DisclosureDocument assemble(FinalAccounts accounts) {
    return assembler.assemble(accounts);
  }

  /** Assembles in a given edition (the one the user chose instead of the dataset's own). */
  public DisclosureDocument assemble(
      FinalAccounts accounts, io.juesuan.core.edition.Edition edition) {
    return assembler.assemble(accounts, edition);
  }

  public byte[] render(DisclosureDocument doc, DocumentFormat format) {
    return switch (format) {
      case PDF -> checked(doc, new PdfWriter().write(doc));
      case DOCX -> new DocxWriter().write(doc);
      case XLSX -> new XlsxWriter().write(doc);
      case HTML ->
          new HtmlWriter(HtmlWriter.Mode.SCREEN).write(doc).getBytes(StandardCharsets.UTF_8);
    };
  }

  /**
   * The PDF if it passes the self-check. Its text is read first as drawn ({@link DrawnText}: a
   * fraction of the time of PDFBox's extraction, most of a cold render's read-back); a document
   * that reading cannot take, or in whose drawn text the check finds a problem, is read again with
   * PDFBox's extraction ({@link PdfText}), whose result decides — so the check never fails a PDF
   * that PDFBox reads correctly.
   */
  static byte[] checked(DisclosureDocument doc, byte[] pdf) {
    Optional<String> drawn = DrawnText.of(pdf);
    if (drawn.isPresent() && SelfCheck.check(doc, drawn.get()).isEmpty()) {
      return pdf;
    }
    List<String> problems = SelfCheck.check(doc, PdfText.of(pdf));
    if (!problems.isEmpty()) {
      throw new SelfCheckException("PDF", problems);
    }
    return pdf;
  }
}
