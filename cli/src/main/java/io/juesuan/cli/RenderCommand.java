package io.juesuan.cli;

import io.juesuan.core.port.DocumentFormat;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.dataset.DatasetException;
import io.juesuan.render.DisclosureDocument;
import io.juesuan.render.DisclosureRenderer;
import io.juesuan.render.check.SelfCheckException;
import io.juesuan.render.pdf.DeferredFontSubstitutes;
import io.juesuan.render.pdf.StandardFontMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * render: writes the complete disclosure document (PDF, DOCX, XLSX, HTML); the PDF is self-checked.
 */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "由决算数据生成完整的公开文件（部门概况、九张公开表、情况说明与图表、名词解释、绩效自评），PDF 生成后自检。",
      "Render the disclosure document as pdf, docx, xlsx, html or all; the PDF is read back and self-checked."
    })
final class RenderCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "<数据目录>",
      description = {"数据目录 / dataset directory"})
  Path input;

  @Option(
      names = "--format",
      defaultValue = "all",
      description = {"pdf|docx|xlsx|html|all（默认 all）"})
  String format;

  @Option(
      names = "--out",
      defaultValue = "out",
      description = {"输出目录 / output directory (默认 out)"})
  Path out;

  @picocli.CommandLine.Mixin EditionOption edition = new EditionOption();

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    List<DocumentFormat> formats = formats(format);
    System.setProperty(
        "log4j2.loggerContextFactory",
        "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    if (formats.contains(DocumentFormat.PDF)) {
      // this command reads back only its own PDFs: PDFBox's substitutes for the standard fonts,
      // which the document never draws, are looked up only if ever needed
      DeferredFontSubstitutes.install();
      // read while the report is read and assembled, not when the first page is laid out
      StandardFontMetrics.loadInBackground();
    }
    FinalAccounts accounts = Inputs.dataset(input);
    DisclosureRenderer renderer = new DisclosureRenderer();
    DisclosureDocument doc = renderer.assemble(accounts, edition.forAccounts(accounts));
    var console = spec.commandLine().getOut();
    try {
      Files.createDirectories(out);
      for (DocumentFormat f : formats) {
        byte[] bytes;
        try {
          bytes = renderer.render(doc, f);
        } catch (SelfCheckException e) {
          var err = spec.commandLine().getErr();
          err.println(e.getMessage().substring(0, e.getMessage().indexOf('：') + 1));
          e.problems().forEach(p -> err.println("  " + p));
          err.flush();
          return ExitCodes.ERRORS;
        }
        Path file = out.resolve(fileName(accounts, f));
        Files.write(file, bytes);
        console.println(
            file
                + "（"
                + (bytes.length / 1024)
                + " KB）"
                + (f == DocumentFormat.PDF ? " 自检通过 / self-check passed" : ""));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long pending = doc.text().sentences().stream().filter(s -> s.text().contains("【待填写")).count();
    if (pending > 0) {
      console.println(
          "提示：" + pending + " 处文字待填写（【待填写：…】），请在 narrative.yaml / performance.yaml 中补充。");
    }
    console.flush();
    return ExitCodes.OK;
  }

  private static List<DocumentFormat> formats(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (t.equals("all")) {
      return List.of(
          DocumentFormat.PDF, DocumentFormat.DOCX, DocumentFormat.XLSX, DocumentFormat.HTML);
    }
    List<DocumentFormat> out = new ArrayList<>();
    for (String part : t.split(",")) {
      try {
        out.add(DocumentFormat.valueOf(part.trim().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new DatasetException("--format 应为 pdf、docx、xlsx、html 或 all，实为 " + text);
      }
    }
    return out;
  }

  /** "中国共产党武汉市蔡甸区委员会办公室2023年度部门决算.pdf". */
  static String fileName(FinalAccounts accounts, DocumentFormat f) {
    String name = accounts.department().name().replaceAll("[\\\\/:*?\"<>|\\s]", "");
    return name + accounts.fiscalYear() + "年度部门决算." + f.extension();
  }
}
