package io.juesuan.cli;

import io.juesuan.core.port.DocumentFormat;
import io.juesuan.dataset.DatasetException;
import io.juesuan.importer.ReportImporter;
import io.juesuan.render.DisclosureRenderer;
import io.juesuan.render.check.SelfCheckException;
import io.juesuan.render.correction.CorrectionNoteWriter;
import io.juesuan.render.correction.Corrector;
import java.io.IOException;
import java.io.PrintWriter;
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
 * correct: a published report → the corrected document in its own edition (tables as printed, text
 * regenerated from them, self-checked) and the 更正说明 (HTML and DOCX), plus the recovered dataset.
 */
@Command(
    name = "correct",
    mixinStandardHelpOptions = true,
    description = {
      "生成更正稿：读入已公开的报告，按其版本以原公开表重新生成全文（PDF/DOCX，可选其他格式，生成后自检），并写出更正说明（HTML、DOCX：逐处原文 → 更正后，及规则与表格依据；未能自动更正的列为待办）。",
      "Corrected document of a published report plus the correction note (HTML, DOCX)."
    })
final class CorrectCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "<report.pdf|report.txt>",
      description = {"已公开的报告"})
  Path input;

  @Option(
      names = "--out",
      defaultValue = "out",
      description = {"输出目录（默认 out）"})
  Path out;

  @Option(
      names = "--format",
      defaultValue = "pdf,docx",
      description = {"更正稿格式 pdf,docx,xlsx,html 或 all（默认 pdf,docx）"})
  String format;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    AuditLogging.quiet();
    if (!Files.isRegularFile(input)) {
      throw new DatasetException(input + ": 不存在");
    }
    List<DocumentFormat> formats = formats(format);
    var correction = new Corrector().correct(new ReportImporter().read(input));
    PrintWriter console = spec.commandLine().getOut();
    DisclosureRenderer renderer = new DisclosureRenderer();
    var accounts = correction.recovered().accounts();
    try {
      Files.createDirectories(out);
      for (DocumentFormat f : formats) {
        byte[] bytes;
        try {
          bytes = renderer.render(correction.document(), f);
        } catch (SelfCheckException e) {
          var err = spec.commandLine().getErr();
          err.println(e.getMessage());
          e.problems().forEach(p -> err.println("  " + p));
          err.flush();
          return ExitCodes.ERRORS;
        }
        String name = RenderCommand.fileName(accounts, f).replace("部门决算.", "部门决算（更正稿）.");
        Path file = out.resolve(name);
        Files.write(file, bytes);
        console.println(file + (f == DocumentFormat.PDF ? " 自检通过 / self-check passed" : ""));
      }
      CorrectionNoteWriter writer = new CorrectionNoteWriter();
      String base = writer.title(correction.note()).replaceAll("[\\\\/:*?\"<>|\\s]", "");
      Path html = out.resolve(base + ".html");
      Path docx = out.resolve(base + ".docx");
      Files.write(html, writer.html(correction.note()));
      Files.write(docx, writer.docx(correction.note()));
      console.println(html);
      console.println(docx);
      ImportCommand.write(accounts, out.resolve("数据"));
      console.println(out.resolve("数据") + "（恢复的数据集）");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    console.println(
        "更正 "
            + correction.note().changes().size()
            + " 处；表格中按原样保留的问题 "
            + correction.note().kept().size()
            + " 项；待部门处理 "
            + correction.note().todo().size()
            + " 项（见更正说明）。");
    console.flush();
    return ExitCodes.OK;
  }

  private static List<DocumentFormat> formats(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (t.equals("all")) {
      return List.of(DocumentFormat.values());
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
}
