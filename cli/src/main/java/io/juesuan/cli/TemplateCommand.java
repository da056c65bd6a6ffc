package io.juesuan.cli;

import io.juesuan.core.edition.Edition;
import io.juesuan.core.edition.Editions;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.dataset.DatasetException;
import io.juesuan.dataset.xlsx.XlsxDatasetWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * template: writes the dataset workbook (.xlsx) to fill in Excel, blank or from an existing
 * dataset.
 */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    description = {
      "生成填报用的数据工作簿（.xlsx）：空白模板，或由已有数据导出。填好后可直接 validate / render。",
      "Write the dataset workbook to fill in Excel: blank, or exported from a dataset."
    })
final class TemplateCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "<数据目录>",
      description = {"导出的数据（省略则为空白模板）/ dataset to export (blank when omitted)"})
  Path input;

  @Option(
      names = "--out",
      required = true,
      description = {"输出的 .xlsx 文件 / output workbook"})
  Path out;

  @picocli.CommandLine.Mixin EditionOption edition = new EditionOption();

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (!out.getFileName().toString().endsWith(".xlsx")) {
      throw new DatasetException("--out 应为 .xlsx 文件，实为 " + out);
    }
    Optional<FinalAccounts> accounts =
        input == null ? Optional.empty() : Optional.of(Inputs.dataset(input));
    Optional<Edition> e =
        accounts.isPresent()
            ? Optional.of(edition.forAccounts(accounts.get()))
            : edition.named().map(id -> Editions.installed().get(id));
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    Files.write(out, new XlsxDatasetWriter().write(accounts, e));
    spec.commandLine()
        .getOut()
        .println(
            "已写出 "
                + out
                + (input == null ? "（空白模板）" : "（由 " + input + " 导出）")
                + e.map(x -> "，版本 " + x.info().label()).orElse(""));
    return ExitCodes.OK;
  }
}
