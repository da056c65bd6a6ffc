package io.juesuan.cli;

import io.juesuan.core.edition.Edition;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.table.TableSet;
import io.juesuan.dataset.CellsCsv;
import io.juesuan.dataset.DatasetException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** tables: derives the nine 公开表 from a dataset and prints them as cells CSV or aligned text. */
@Command(
    name = "tables",
    mixinStandardHelpOptions = true,
    description = {
      "由决算数据生成九张公开表（万元），以单元格CSV（SPEC §8）或对齐的文本输出。",
      "Derive the nine disclosure tables (万元) as cells CSV or aligned text."
    })
final class TablesCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "<数据目录>",
      description = {"数据目录 / dataset directory"})
  Path input;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = {"输出格式 csv|text / output format"})
  String format;

  @picocli.CommandLine.Mixin EditionOption edition = new EditionOption();

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("csv")) {
      throw new DatasetException("--format 应为 csv 或 text，实为 " + format);
    }
    FinalAccounts accounts = Inputs.dataset(input);
    Edition e = edition.forAccounts(accounts);
    TableSet tables = e.deriver().derive(accounts).toWanYuan();
    var out = spec.commandLine().getOut();
    out.print(
        format.equals("csv")
            ? CellsCsv.write(tables)
            : TableText.write(accounts, tables, e.layouts()));
    out.flush();
    return ExitCodes.OK;
  }
}
