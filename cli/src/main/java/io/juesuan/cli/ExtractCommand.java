package io.juesuan.cli;

import io.juesuan.core.audit.PublishedReport;
import io.juesuan.core.rules.Finding;
import io.juesuan.dataset.CellsCsv;
import io.juesuan.dataset.DatasetException;
import io.juesuan.importer.ReportImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * extract: reads a published report (PDF or its text) and prints its nine tables as cells (SPEC
 * §8).
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "从已公开的决算报告（PDF 或其提取的文本）中读出九张公开表，输出单元格 CSV；未能读出的内容列在标准错误输出。退出码：0 成功，2 无法读取。",
      "Read the nine tables of a published report (PDF or text) and print them as cells CSV; what could not be read goes to stderr."
    })
final class ExtractCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "<file.pdf|file.txt>",
      description = {"已公开的报告 / published report"})
  Path input;

  @Option(
      names = "--format",
      defaultValue = "csv",
      description = {"输出格式 csv / output format"})
  String format;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    AuditLogging.quiet();
    if (!format.equals("csv")) {
      throw new DatasetException("--format 应为 csv，实为 " + format);
    }
    if (!Files.isRegularFile(input)) {
      throw new DatasetException(input + ": 不存在或不是文件");
    }
    PublishedReport report = new ReportImporter().read(input);
    var out = spec.commandLine().getOut();
    out.print(CellsCsv.write(report.tables()));
    out.flush();
    var err = spec.commandLine().getErr();
    for (Finding f : report.readFindings()) {
      err.println("未能完整读出：" + f.location().describe() + " " + f.message());
    }
    report.presence().stream()
        .filter(p -> !p.hasFigures())
        .forEach(
            p ->
                err.println(
                    "无数字："
                        + p.table().label()
                        + (p.titleFound()
                            ? "（有标题"
                                + p.emptyStatement().map(s -> "，注明“" + s + "”").orElse("")
                                + "）"
                            : "（未找到标题）")));
    err.flush();
    return ExitCodes.OK;
  }
}
