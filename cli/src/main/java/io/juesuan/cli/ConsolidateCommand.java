package io.juesuan.cli;

import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.UnitKind;
import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.usecase.ConsolidateReports;
import io.juesuan.dataset.DatasetException;
import io.juesuan.dataset.DatasetWriter;
import io.juesuan.dataset.Datasets;
import io.juesuan.dataset.xlsx.XlsxDatasetWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * consolidate: 汇总 several department-years into one dataset (units into a department, departments
 * into a district).
 */
@Command(
    name = "consolidate",
    mixinStandardHelpOptions = true,
    description = {
      "汇总：把多个单位或部门同一年度的决算数据相加，生成汇总数据（数据目录或 .xlsx 工作簿），并审核结果。",
      "Consolidate several department-years of one fiscal year into one dataset and check it."
    })
final class ConsolidateCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "<数据>",
      description = {"要汇总的数据目录或 .xlsx 工作簿 / datasets to add up"})
  List<Path> inputs;

  @Option(
      names = "--name",
      required = true,
      description = {"汇总后的部门（或地区）名称 / name of the consolidated report"})
  String name;

  @Option(
      names = "--kind",
      defaultValue = "其他",
      description = {"单位性质：行政单位、参照公务员法管理事业单位、事业单位、其他 / unit kind"})
  String kind;

  @Option(
      names = "--out",
      required = true,
      description = {"输出：数据目录，或 .xlsx 文件 / output directory or workbook"})
  Path out;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    UnitKind unitKind =
        UnitKind.parse(kind)
            .orElseThrow(
                () -> new DatasetException("--kind 应为 行政单位、参照公务员法管理事业单位、事业单位 或 其他，实为 " + kind));
    List<FinalAccounts> parts = new ArrayList<>();
    for (Path p : inputs) {
      parts.add(Datasets.read(p, p.toString()));
    }
    ConsolidateReports.Consolidated run;
    try {
      run = new ConsolidateReports().run(name, unitKind, parts);
    } catch (IllegalArgumentException e) {
      throw new DatasetException("无法汇总：" + e.getMessage());
    }
    FinalAccounts sum = run.result().accounts();
    if (Datasets.isWorkbook(out)) {
      if (out.toAbsolutePath().getParent() != null) {
        Files.createDirectories(out.toAbsolutePath().getParent());
      }
      Files.write(out, new XlsxDatasetWriter().write(Optional.of(sum)));
    } else {
      new DatasetWriter().write(sum, out);
    }
    CheckResult result = run.checked().result();
    var w = spec.commandLine().getOut();
    w.println("已汇总 " + parts.size() + " 份决算数据为“" + name + "”，写出 " + out);
    for (var e : run.result().eliminations()) {
      w.println("抵销：" + e.describe());
    }
    for (String note : run.result().notes()) {
      w.println("说明：" + note);
    }
    w.println(
        "汇总结果审核：错误 "
            + result.count(io.juesuan.core.rules.Severity.ERROR)
            + "，警告 "
            + result.count(io.juesuan.core.rules.Severity.WARNING)
            + "（文字说明需为汇总报告另行填写）");
    w.flush();
    return result.hasErrors() ? ExitCodes.ERRORS : ExitCodes.OK;
  }
}
