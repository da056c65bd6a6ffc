package io.juesuan.cli;

import io.juesuan.core.audit.PublishedReport;
import io.juesuan.core.audit.ReportEdition;
import io.juesuan.core.edition.Editions;
import io.juesuan.core.recovery.ReportRecovery;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.dataset.DatasetException;
import io.juesuan.dataset.DatasetWriter;
import io.juesuan.dataset.Datasets;
import io.juesuan.dataset.xlsx.XlsxDatasetWriter;
import io.juesuan.importer.ReportImporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * import: a published report (PDF or text) or a dataset workbook → a dataset directory or workbook;
 * figures of a report keep the tables' precision (0.01 万元) and what could not be recovered is
 * listed.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "由已公开的报告（PDF 或文本）、九张公开表的工作簿（TABLES.xlsx，表的顺序、表头写法不限）或数据工作簿建立数据集：公开表的数字按 0.01 万元保留，能识别的文字（职责、单位、名词解释、上年数）一并带入，未能恢复的逐项列出。",
      "Build a dataset from a published report (PDF/text), a workbook of the nine tables, or a dataset workbook; lists what could not be recovered."
    })
final class ImportCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "<report.pdf|report.txt|tables.xlsx|data.xlsx>",
      description = {"报告或工作簿 / report or workbook"})
  Path input;

  @Option(
      names = "--out",
      required = true,
      description = {"数据目录，或以 .xlsx 结尾的工作簿 / dataset directory or .xlsx workbook"})
  Path out;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    AuditLogging.quiet();
    Imported imported = read(input);
    write(imported.accounts(), out);
    PrintWriter console = spec.commandLine().getOut();
    console.println(
        out
            + "："
            + imported.accounts().department().name()
            + " "
            + imported.accounts().fiscalYear()
            + " 年度，"
            + imported.accounts().facts().items().size()
            + " 个项级科目，金额单位 "
            + imported.accounts().unit().label()
            + imported.accounts().edition().map(e -> "，版本 " + e).orElse(""));
    report(console, imported);
    console.flush();
    return ExitCodes.OK;
  }

  static void report(PrintWriter console, Imported imported) {
    if (!imported.notes().isEmpty()) {
      console.println("请核对：");
      imported.notes().forEach(n -> console.println("  - " + n));
    }
    if (!imported.missing().isEmpty()) {
      console.println("未能恢复（请补录，不会编造）：");
      imported.missing().forEach(n -> console.println("  - " + n));
    }
  }

  /** A dataset from a report or a workbook, with notes and what is missing. */
  record Imported(
      FinalAccounts accounts,
      List<String> notes,
      List<String> missing,
      Optional<PublishedReport> report) {}

  static Imported read(Path input) {
    if (!Files.exists(input)) {
      throw new DatasetException(input + ": 不存在");
    }
    if (Files.isDirectory(input) || Datasets.isDatasetWorkbook(input)) {
      return new Imported(Inputs.dataset(input), List.of(), List.of(), Optional.empty());
    }
    String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".pdf") && !name.endsWith(".txt") && !name.endsWith(".xlsx")) {
      throw new DatasetException(input + ": 应为 .pdf、.txt 报告，九张公开表的 .xlsx 工作簿，或数据目录、.xlsx 数据工作簿");
    }
    PublishedReport report = new ReportImporter().read(input);
    Editions editions = Editions.installed();
    ReportRecovery.Recovered r =
        ReportRecovery.recover(report, ReportEdition.of(report, editions).edition());
    return new Imported(r.accounts(), r.notes(), r.missing(), Optional.of(report));
  }

  static void write(FinalAccounts accounts, Path out) {
    try {
      if (out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.write(
            out,
            new XlsxDatasetWriter()
                .write(
                    Optional.of(accounts),
                    Optional.of(Editions.installed().forAccounts(accounts))));
      } else {
        new DatasetWriter().write(accounts, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
