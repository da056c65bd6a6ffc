package io.juesuan.cli;

import io.juesuan.core.edition.Edition;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.table.TableSet;
import io.juesuan.core.usecase.CheckReport;
import io.juesuan.dataset.CellsCsv;
import io.juesuan.dataset.DatasetException;
import io.juesuan.dataset.FindingsJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * validate: checks a dataset (derived tables + leaf facts) or a cells CSV against the year's rules.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "审核决算数据（目录或 .xlsx 工作簿）或单元格CSV，列出全部问题（错误、尾数差异、警告）。退出码：0 无错误，1 有错误，2 输入无法读取。",
      "Check a dataset (directory or .xlsx workbook) or a cells CSV; exit 0 no errors, 1 errors, 2 unreadable input."
    })
final class ValidateCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "<数据目录|cells.csv>",
      description = {"数据目录或单元格CSV / dataset directory or cells CSV"})
  Path input;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = {"输出格式 text|json / output format"})
  String format;

  @Option(
      names = "--year",
      description = {"单元格CSV的年度（数据目录自带年度）/ fiscal year of a cells CSV"})
  Integer year;

  @Option(
      names = "--region",
      defaultValue = "",
      description = {"单元格CSV的地区，如 上海市 / region of a cells CSV"})
  String region;

  @Mixin EditionOption edition = new EditionOption();

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw new DatasetException("--format 应为 text 或 json，实为 " + format);
    }
    CheckResult result;
    if (io.juesuan.dataset.Datasets.isDataset(input)) {
      FinalAccounts accounts = Inputs.dataset(input);
      result = new CheckReport().check(accounts, edition.forAccounts(accounts)).result();
    } else if (Files.isRegularFile(input)) {
      Edition e = edition.forYear(Optional.ofNullable(year), region, "单元格CSV " + input);
      TableSet tables = CellsCsv.read(Inputs.text(input), input.toString(), e);
      result = new CheckReport().check(tables, e);
    } else {
      throw new DatasetException(input + ": 不存在");
    }
    var out = spec.commandLine().getOut();
    if (format.equals("json")) {
      out.print(FindingsJson.write(input.toString(), result));
    } else {
      out.print(FindingsText.write(input.toString(), result));
    }
    out.flush();
    return result.hasErrors() ? ExitCodes.ERRORS : ExitCodes.OK;
  }
}
