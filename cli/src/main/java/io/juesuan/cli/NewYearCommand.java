package io.juesuan.cli;

import io.juesuan.core.edition.Editions;
import io.juesuan.core.recovery.NextYear;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** new-year: next year's dataset from last year's dataset or published report. */
@Command(
    name = "new-year",
    mixinStandardHelpOptions = true,
    description = {
      "由上年数据集或上年公开的报告开始新年度：部门、单位、职责、名词解释、项目清单带入；上年数取自上年的公开数；本年金额留空；按新年度版本的科目核对，已不存在的科目标出。",
      "Start next year's dataset from last year's dataset or published report."
    })
final class NewYearCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "<dir|data.xlsx|report.pdf|report.txt>",
      description = {"上年数据集或报告"})
  Path input;

  @Option(
      names = "--year",
      required = true,
      description = {"新年度 / the new fiscal year"})
  int year;

  @Option(
      names = "--out",
      required = true,
      description = {"新数据目录或 .xlsx 工作簿"})
  Path out;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    AuditLogging.quiet();
    ImportCommand.Imported last = ImportCommand.read(input);
    NextYear.Started started = new NextYear(Editions.installed()).start(last.accounts(), year);
    ImportCommand.write(started.accounts(), out);
    PrintWriter console = spec.commandLine().getOut();
    console.println(
        out
            + "："
            + started.accounts().department().name()
            + " "
            + year
            + " 年度，版本 "
            + started.edition().info().label()
            + "；带入 "
            + started.accounts().facts().items().size()
            + " 个项级科目、"
            + started.accounts().evaluation().projects().size()
            + " 个绩效项目，上年数 "
            + started.accounts().facts().facts().size()
            + " 项；本年金额待填写。");
    if (!started.flags().isEmpty()) {
      console.println("请处理：");
      started.flags().forEach(f -> console.println("  - " + f));
    }
    console.flush();
    return ExitCodes.OK;
  }
}
