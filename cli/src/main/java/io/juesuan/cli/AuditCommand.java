package io.juesuan.cli;

import io.juesuan.dataset.DatasetException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * audit: reads a published report (or every PDF/TXT in a directory, in parallel) and lists every
 * defect — tables, narrative against tables, completeness, template residue, name and year — with
 * the checks that could not run.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "审核已公开的决算报告（PDF 或文本；或一个目录下的全部报告，并行处理），列出全部问题及未能运行的检查。退出码：0 无错误，1 有错误，2 输入无法读取。",
      "Audit a published report (PDF or text, or a directory of them in parallel); exit 0 no errors, 1 errors, 2 unreadable input."
    })
final class AuditCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "<file.pdf|file.txt|dir>",
      description = {"报告文件或目录 / report file or directory"})
  Path input;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = {"输出格式 text|json|jsonl|html（jsonl：目录逐个文件一行）/ output format"})
  String format;

  @Option(
      names = "--threads",
      defaultValue = "0",
      description = {"目录并行数（0 为 CPU 数）/ parallel files for a directory (0: CPUs)"})
  int threads;

  @Option(
      names = "--debug",
      description = {
        "把读取 PDF 时程序库的详细信息写入调试日志 juesuan-debug.log / write library details to juesuan-debug.log"
      })
  boolean debug;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    AuditLogging.quiet();
    if (debug) {
      AuditLogging.debugTo(Path.of("juesuan-debug.log").toAbsolutePath());
    }
    if (!List.of("text", "json", "jsonl", "html").contains(format)) {
      throw new DatasetException("--format 应为 text、json、jsonl 或 html，实为 " + format);
    }
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    if (Files.isDirectory(input)) {
      List<Path> files = reports(input);
      if (files.isEmpty()) {
        throw new DatasetException(input + ": 目录中没有 .pdf 或 .txt 文件");
      }
      int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
      if (format.equals("html")) {
        List<AuditOutcome> outcomes = new AuditBatch(n, err).run(files);
        out.print(AuditOutput.many(input.toString(), outcomes, format));
        out.flush();
        return AuditOutcome.exitCode(outcomes);
      }
      AuditStream stream = new AuditStream(input.toString(), format, out);
      new AuditBatch(n, err).run(files, stream);
      return stream.finish();
    }
    if (!Files.isRegularFile(input)) {
      throw new DatasetException(input + ": 不存在");
    }
    AuditOutcome outcome = AuditOutcome.of(input);
    if (outcome.failure().isPresent()) {
      err.println("无法读取输入：" + outcome.failure().get());
      err.flush();
      return ExitCodes.UNREADABLE;
    }
    out.print(
        format.equals("jsonl")
            ? AuditStream.oneLine(AuditOutput.one(outcome, "json").trim()) + "\n"
            : AuditOutput.one(outcome, format));
    out.flush();
    return AuditOutcome.exitCode(List.of(outcome));
  }

  private static List<Path> reports(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(
              p ->
                  p.getFileName()
                      .toString()
                      .toLowerCase(java.util.Locale.ROOT)
                      .matches(".*\\.(pdf|txt)"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new DatasetException(dir + ": 无法列出目录（" + e.getMessage() + "）");
    }
  }
}
