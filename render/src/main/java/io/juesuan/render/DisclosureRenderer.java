package io.juesuan.render;

import io.juesuan.core.port.DocumentFormat;
import io.juesuan.core.port.DocumentRenderer;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.render.check.PdfText;
import io.juesuan.render.check.SelfCheck;
import io.juesuan.render.check.SelfCheckException;
import io.juesuan.render.docx.DocxWriter;
import io.juesuan.render.html.HtmlWriter;
import io.juesuan.render.pdf.PdfWriter;
import io.juesuan.render.xlsx.XlsxWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The {@link DocumentRenderer} port: assembles the disclosure document and writes it in the asked
 * format. A PDF is read back with PDFBox and self-checked (every cited figure equals the tables, no
 * template residue); a failing self-check throws {@link SelfCheckException}.
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

  private static byte[] checked(DisclosureDocument doc, byte[] pdf) {
    List<String> problems = SelfCheck.check(doc, PdfText.of(pdf));
    if (!problems.isEmpty()) {
      throw new SelfCheckException("PDF", problems);
    }
    return pdf;
  }
}
