package io.juesuan.dataset.xlsx;

import io.juesuan.core.classification.CatalogEntry;
import io.juesuan.core.edition.Edition;
import io.juesuan.core.performance.Goal;
import io.juesuan.core.performance.Indicator;
import io.juesuan.core.performance.Project;
import io.juesuan.core.report.Count;
import io.juesuan.core.report.EconomicItem;
import io.juesuan.core.report.Fact;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.FunctionalItem;
import io.juesuan.core.report.GlossaryTerm;
import io.juesuan.core.report.ItemMeasure;
import io.juesuan.core.report.KeyWork;
import io.juesuan.core.report.NamedCount;
import io.juesuan.core.report.TextField;
import io.juesuan.core.report.TextFields;
import io.juesuan.core.report.Unit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a department-year (or a blank one) as the dataset workbook finance staff fill in Excel:
 * one sheet per kind of leaf fact, Chinese headers, machine keys in the first column where a row
 * stands for a field. {@link XlsxDatasetReader} reads it back.
 */
public final class XlsxDatasetWriter {

  public byte[] write(Optional<FinalAccounts> accounts) {
    return write(accounts, Optional.empty());
  }

  /**
   * The workbook of a department-year or a blank one; with an edition, a blank workbook is set to
   * its year and region, and a sheet lists the edition's classification codes.
   */
  public byte[] write(Optional<FinalAccounts> accounts, Optional<Edition> edition) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles s = new Styles(wb);
      readme(wb, s);
      department(wb, s, accounts, edition);
      functional(wb, s, accounts);
      economic(wb, s, accounts);
      facts(wb, s, accounts);
      texts(wb, s, accounts);
      projects(wb, s, accounts);
      indicators(wb, s, accounts);
      edition.ifPresent(e -> catalog(wb, s, e));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Styles(CellStyle head, CellStyle amount, CellStyle text) {
    Styles(XSSFWorkbook wb) {
      this(wb.createCellStyle(), wb.createCellStyle(), wb.createCellStyle());
      Font bold = wb.createFont();
      bold.setBold(true);
      head.setFont(bold);
      amount.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
      text.setDataFormat(wb.createDataFormat().getFormat("@"));
      text.setWrapText(true);
    }
  }

  private static Sheet sheet(
      XSSFWorkbook wb, Styles s, String name, List<String> headers, int... widths) {
    Sheet sh = wb.createSheet(name);
    Row r = sh.createRow(0);
    for (int i = 0; i < headers.size(); i++) {
      var c = r.createCell(i);
      c.setCellValue(headers.get(i));
      c.setCellStyle(s.head());
      sh.setColumnWidth(i, 256 * (i < widths.length ? widths[i] : 16));
    }
    sh.createFreezePane(0, 1);
    return sh;
  }

  private static Row row(Sheet sh, Styles s, Object... values) {
    Row r = sh.createRow(sh.getLastRowNum() + 1);
    for (int i = 0; i < values.length; i++) {
      var c = r.createCell(i);
      if (values[i] instanceof BigDecimal d) {
        c.setCellValue(d.doubleValue());
        c.setCellStyle(s.amount());
      } else if (values[i] instanceof Integer n) {
        c.setCellValue(n);
      } else if (values[i] != null) {
        c.setCellValue(values[i].toString());
        c.setCellStyle(s.text());
      }
    }
    return r;
  }

  private static void readme(XSSFWorkbook wb, Styles s) {
    Sheet sh = sheet(wb, s, Sheets.README, List.of("部门决算基础数据工作簿"), 110);
    for (String line :
        List.of(
            "只填写基础数据（叶子数据）：合计、公开表、占比和情况说明由系统生成，不会彼此矛盾。",
            "金额单位见“部门”表的 amountUnit（元 或 万元），最多两位小数；未填的金额按 0 处理。",
            "第一列“字段”是系统识别用的键，请勿修改；“功能分类”“经济分类”每行一个科目，编码须为7位项级或5位款级。",
            "目录中没有的科目请填写科目名称；文字类内容未填写时，报告中显示【待填写】并在审核中提示。",
            "填好后：./juesuan validate 本文件.xlsx 审核；./juesuan render 本文件.xlsx --format all --out 输出目录 生成报告。")) {
      row(sh, s, line);
    }
  }

  /** A reference sheet: the edition's 功能分类 and 经济分类 codes with their names (not read back). */
  private static void catalog(XSSFWorkbook wb, Styles s, Edition e) {
    Sheet sh = sheet(wb, s, "科目目录", List.of("科目编码", "科目名称", "级次", "分类"), 14, 40, 8, 14);
    int r = 1;
    for (CatalogEntry c : e.catalog().functions()) {
      Row row = sh.createRow(r++);
      row.createCell(0).setCellValue(c.code());
      row.createCell(1).setCellValue(c.name());
      row.createCell(2).setCellValue(c.level().label());
      row.createCell(3).setCellValue("支出功能分类");
    }
    for (CatalogEntry c : e.catalog().economics()) {
      Row row = sh.createRow(r++);
      row.createCell(0).setCellValue(c.code());
      row.createCell(1).setCellValue(c.name());
      row.createCell(2).setCellValue(c.level().label());
      row.createCell(3).setCellValue("部门预算支出经济分类");
    }
  }

  private static void department(
      XSSFWorkbook wb, Styles s, Optional<FinalAccounts> a, Optional<Edition> edition) {
    Sheet sh =
        sheet(
            wb,
            s,
            Sheets.DEPARTMENT,
            List.of("字段", "名称", "内容", "单位性质", "是否本级"),
            22,
            16,
            50,
            26,
            10);
    row(
        sh,
        s,
        "fiscalYear",
        "年度",
        a.map(x -> Integer.toString(x.fiscalYear()))
            .or(() -> edition.map(e -> Integer.toString(e.fiscalYear())))
            .orElse(""));
    row(sh, s, "amountUnit", "金额单位（元/万元）", a.map(x -> x.unit().label()).orElse("元"));
    row(
        sh,
        s,
        "region",
        "地区",
        a.map(x -> x.department().region())
            .or(() -> edition.map(e -> e.info().region()))
            .orElse(""));
    row(
        sh,
        s,
        "edition",
        "版本（可空：按地区和年度选择）",
        a.flatMap(FinalAccounts::edition).or(() -> edition.map(Edition::id)).orElse(""));
    row(sh, s, "department.name", "部门名称", a.map(x -> x.department().name()).orElse(""));
    row(sh, s, "department.shortName", "简称", a.map(x -> x.department().shortName()).orElse(""));
    row(sh, s, "department.kind", "单位性质", a.map(x -> x.department().kind().label()).orElse("行政单位"));
    row(sh, s, "reportDate", "报告日期", a.flatMap(x -> x.explanations().reportDate()).orElse(""));
    row(
        sh,
        s,
        "performance.fillDate",
        "绩效自评表填报日期",
        a.flatMap(x -> x.evaluation().fillDate()).orElse(""));
    for (Unit u : a.map(x -> x.department().units()).orElse(List.of())) {
      row(sh, s, "unit", "单位", u.name(), u.kind().label(), u.headOffice() ? "是" : "否");
    }
    for (String d : a.map(x -> x.department().duties()).orElse(List.of())) {
      row(sh, s, "duty", "主要职责", d);
    }
  }

  private static void functional(XSSFWorkbook wb, Styles s, Optional<FinalAccounts> a) {
    List<String> headers = new java.util.ArrayList<>(List.of("科目编码", "科目名称"));
    Sheets.MEASURES.forEach(m -> headers.add(m.label()));
    Sheet sh = sheet(wb, s, Sheets.FUNCTIONAL, headers, 12, 30);
    for (FunctionalItem i : a.map(x -> x.facts().items()).orElse(List.of())) {
      Object[] v = new Object[headers.size()];
      v[0] = i.code().value();
      v[1] = i.name();
      for (int k = 0; k < Sheets.MEASURES.size(); k++) {
        ItemMeasure m = Sheets.MEASURES.get(k);
        v[k + 2] = i.entered(m).map(x -> (Object) x.value()).orElse(null);
      }
      row(sh, s, v);
    }
  }

  private static void economic(XSSFWorkbook wb, Styles s, Optional<FinalAccounts> a) {
    Sheet sh = sheet(wb, s, Sheets.ECONOMIC, List.of("科目编码", "科目名称", "一般公共预算财政拨款基本支出"), 12, 30, 20);
    for (EconomicItem e : a.map(x -> x.facts().economicItems()).orElse(List.of())) {
      row(sh, s, e.code().value(), e.name(), e.amount().value());
    }
  }

  private static void facts(XSSFWorkbook wb, Styles s, Optional<FinalAccounts> a) {
    Sheet sh = sheet(wb, s, Sheets.FACTS, List.of("字段", "名称", "数值"), 40, 40, 18);
    for (Fact f : Fact.values()) {
      row(
          sh,
          s,
          f.key(),
          f.label(),
          a.flatMap(x -> x.facts().fact(f)).map(x -> (Object) x.value()).orElse(null));
    }
    for (Count c : Count.values()) {
      row(
          sh,
          s,
          c.key(),
          c.label() + "（" + c.measureWord() + "）",
          a.flatMap(x -> x.facts().count(c)).orElse(null));
    }
    for (NamedCount v : a.map(x -> x.facts().vehiclesByUse()).orElse(List.of())) {
      row(sh, s, "assets.vehiclesByUse", v.label(), v.count());
    }
  }

  private static void texts(XSSFWorkbook wb, Styles s, Optional<FinalAccounts> a) {
    Sheet sh =
        sheet(wb, s, Sheets.TEXTS, List.of("字段", "名称", "内容", "内容2", "内容3"), 34, 40, 70, 40, 40);
    for (TextField t : TextFields.installed().all()) {
      row(sh, s, t.key(), t.label(), a.flatMap(x -> x.explanations().text(t.key())).orElse(null));
    }
    a.ifPresent(
        x -> {
          x.explanations()
              .categoryUses()
              .forEach((c, t) -> row(sh, s, "categoryUses." + c, "类 " + c + " 的主要用途", t));
          x.explanations()
              .itemReasons()
              .forEach((c, t) -> row(sh, s, "itemReasons." + c, "项 " + c + " 完成率差异原因", t));
          x.facts()
              .codeNames()
              .forEach((c, n) -> row(sh, s, "codeNames." + c, "科目 " + c + " 的名称", n));
          for (KeyWork k : x.explanations().keyWorks()) {
            row(sh, s, "keyWork", "重点工作（事项、内容及目标、完成情况）", k.title(), k.content(), k.result());
          }
          for (GlossaryTerm g : x.explanations().glossary()) {
            row(sh, s, "glossary", "名词解释（名词、解释）", g.term(), g.definition());
          }
        });
  }

  private static void projects(XSSFWorkbook wb, Styles s, Optional<FinalAccounts> a) {
    Sheet sh = sheet(wb, s, Sheets.PROJECTS, Sheets.PROJECT_COLUMNS, 40, 18, 18);
    for (Project p : a.map(x -> x.evaluation().projects()).orElse(List.of())) {
      row(sh, s, p.name(), p.budget().value(), p.actual().value());
    }
  }

  private static void indicators(XSSFWorkbook wb, Styles s, Optional<FinalAccounts> a) {
    Sheet sh =
        sheet(wb, s, Sheets.INDICATORS, Sheets.INDICATOR_COLUMNS, 30, 40, 10, 12, 30, 14, 18);
    for (Goal g : a.map(x -> x.evaluation().goals()).orElse(List.of())) {
      if (g.indicators().isEmpty()) {
        row(sh, s, g.title(), g.description());
      }
      for (Indicator i : g.indicators()) {
        row(
            sh,
            s,
            g.title(),
            g.description(),
            i.level1(),
            i.level2(),
            i.name(),
            i.target().text(),
            i.actual().text());
      }
    }
  }
}
