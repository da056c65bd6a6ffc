package io.juesuan.cli;

import io.juesuan.core.edition.Edition;
import io.juesuan.core.edition.Editions;
import io.juesuan.core.table.TableLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** editions: the editions Juesuan knows and what each defines itself or takes from its base. */
@Command(
    name = "editions",
    mixinStandardHelpOptions = true,
    description = {
      "列出全部版本（地区 × 年度）及各自定义的内容（表样、规则、科目、文字、结构…），其余取自基础版本。",
      "List the editions (region × fiscal year) and what each defines; the rest comes from its base."
    })
final class EditionsCommand implements Callable<Integer> {
  private static final String[][] FILES = {
    {"tables", "表样"},
    {"rules", "规则"},
    {"catalog/function-classification.csv", "功能分类科目"},
    {"catalog/economic-classification.csv", "经济分类科目"},
    {"catalog/function-classification.delta.csv", "功能分类科目变动"},
    {"catalog/economic-classification.delta.csv", "经济分类科目变动"},
    {"wording", "文字模板"},
    {"figures", "数字名"},
    {"outline", "报告结构"},
    {"audit/claims.txt", "说明核对"},
    {"audit/sections.txt", "必备章节"},
    {"audit/residue.txt", "模板残留"},
    {"import.layout", "导入格式"}
  };

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    for (Edition e : Editions.installed().all()) {
      out.println(
          e.id()
              + "\t"
              + e.info().name()
              + "\t地区："
              + (e.info().region().isEmpty() ? "全国通用" : e.info().region())
              + "\t年度："
              + e.fiscalYear()
              + e.base().map(b -> "\t基础版本：" + b.id()).orElse(""));
      List<String> own = new ArrayList<>();
      for (String[] f : FILES) {
        if (e.defines(f[0])) {
          own.add(f[1]);
        }
      }
      out.println("  定义：" + (own.isEmpty() ? "（无，全部取自基础版本）" : String.join("、", own)));
      List<String> tables = new ArrayList<>();
      for (TableLayout t : e.layouts().tables()) {
        tables.add(t.printedLabel().orElse(t.id() + "") + " " + t.title());
      }
      out.println("  表：" + String.join("；", tables));
      long inapplicable =
          e.rules().rules().stream().filter(r -> r.inapplicable().isPresent()).count();
      out.println(
          "  规则："
              + e.rules().rules().size()
              + " 条"
              + (inapplicable > 0 ? "（其中 " + inapplicable + " 条本版本不适用）" : "")
              + "；科目："
              + e.catalog().functions().size()
              + " 个功能分类、"
              + e.catalog().economics().size()
              + " 个经济分类");
      if (!e.info().note().isEmpty()) {
        out.println("  说明：" + e.info().note());
      }
      out.println("  位置：" + e.location());
    }
    out.flush();
    return ExitCodes.OK;
  }
}
