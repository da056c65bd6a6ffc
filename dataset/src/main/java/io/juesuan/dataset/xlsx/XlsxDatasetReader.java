package io.juesuan.dataset.xlsx;

import io.juesuan.core.classification.Catalog;
import io.juesuan.core.classification.EconomicCode;
import io.juesuan.core.classification.FunctionCode;
import io.juesuan.core.edition.EditionNotFoundException;
import io.juesuan.core.edition.Editions;
import io.juesuan.core.money.Amount;
import io.juesuan.core.money.AmountUnit;
import io.juesuan.core.performance.Evaluation;
import io.juesuan.core.performance.Goal;
import io.juesuan.core.performance.Indicator;
import io.juesuan.core.performance.Project;
import io.juesuan.core.performance.TargetValue;
import io.juesuan.core.report.Count;
import io.juesuan.core.report.Department;
import io.juesuan.core.report.EconomicItem;
import io.juesuan.core.report.Explanations;
import io.juesuan.core.report.Fact;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.FunctionalItem;
import io.juesuan.core.report.GlossaryTerm;
import io.juesuan.core.report.ItemMeasure;
import io.juesuan.core.report.KeyWork;
import io.juesuan.core.report.LeafFacts;
import io.juesuan.core.report.NamedCount;
import io.juesuan.core.report.TextField;
import io.juesuan.core.report.TextFields;
import io.juesuan.core.report.Unit;
import io.juesuan.core.report.UnitKind;
import io.juesuan.dataset.DatasetException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the dataset workbook written by {@link XlsxDatasetWriter} (and filled in by people) into a
 * department-year. Every problem names the file, sheet, row and column: {@code 数据.xlsx
 * 工作表“功能分类”第5行D列（一般公共预算财政拨款收入）: "12,3a" 不是数字}.
 */
public final class XlsxDatasetReader {
  private static final long MAX_BYTES = 20L * 1024 * 1024;

  public FinalAccounts read(InputStream in, String fileName) {
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
    try (Workbook wb = WorkbookFactory.create(in)) {
      return new Reading(wb, fileName).read();
    } catch (DatasetException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new DatasetException(
          fileName
              + ": 不是可读取的 Excel 工作簿（.xlsx）：文件可能已损坏、加密或不是 Excel 格式；"
              + "请用“./juesuan template”生成的工作簿填写后另存为 .xlsx 再上传");
    }
  }

  /** Largest workbook accepted, in bytes. */
  /**
   * Whether a workbook is a dataset workbook (this system's template, with its 功能分类 or 填写说明 sheet)
   * rather than a workbook of the nine 公开表; false for what cannot be opened as a workbook.
   */
  public static boolean isDatasetWorkbook(InputStream in) {
    try (Workbook wb = WorkbookFactory.create(in)) {
      return wb.getSheet(Sheets.FUNCTIONAL) != null || wb.getSheet(Sheets.README) != null;
    } catch (java.io.IOException | RuntimeException e) {
      return false;
    }
  }

  public static long maxBytes() {
    return MAX_BYTES;
  }

  private static final class Reading {
    private final Workbook wb;
    private final String file;
    private final List<String> problems = new ArrayList<>();
    private final CellText cells;

    Reading(Workbook wb, String file) {
      this.wb = wb;
      this.file = file;
      this.cells = new CellText(file, problems);
    }

    FinalAccounts read() {
      Sheet dept = require(Sheets.DEPARTMENT);
      Sheet functional = require(Sheets.FUNCTIONAL);
      if (dept == null || functional == null) {
        throw new DatasetException(problems);
      }
      Map<String, String> header = new LinkedHashMap<>();
      List<Unit> units = new ArrayList<>();
      List<String> duties = new ArrayList<>();
      departmentRows(dept, header, units, duties);
      Checked h = checked(header);
      Optional<AmountUnit> unit = h.unit();
      int year = h.year();
      String name = h.name();
      UnitKind kind = h.kind();
      if (!problems.isEmpty()) {
        throw new DatasetException(problems);
      }
      AmountUnit u = unit.get();
      Optional<String> edition =
          Optional.of(header.getOrDefault("edition", "")).filter(e -> !e.isBlank());
      Catalog catalog;
      try {
        catalog =
            Editions.installed().choose(edition, header.getOrDefault("region", ""), year).catalog();
      } catch (EditionNotFoundException e) {
        throw new DatasetException(List.of(file + " 工作表“部门”: " + e.getMessage()));
      }
      List<FunctionalItem> items = functional(functional, u, catalog);
      List<EconomicItem> economic = economic(u, catalog);
      Map<Fact, Amount> facts = new EnumMap<>(Fact.class);
      Map<Count, Integer> counts = new EnumMap<>(Count.class);
      List<NamedCount> vehicles = new ArrayList<>();
      otherFacts(u, facts, counts, vehicles);
      Map<String, String> texts = new LinkedHashMap<>();
      Map<String, String> uses = new LinkedHashMap<>();
      Map<String, String> reasons = new LinkedHashMap<>();
      Map<String, String> codeNames = new LinkedHashMap<>();
      List<KeyWork> keyWorks = new ArrayList<>();
      List<GlossaryTerm> glossary = new ArrayList<>();
      texts(texts, uses, reasons, codeNames, keyWorks, glossary);
      List<Project> projects = projects(u);
      List<Goal> goals = goals();
      if (!problems.isEmpty()) {
        throw new DatasetException(problems);
      }
      String shortName = header.getOrDefault("department.shortName", "");
      Department d =
          new Department(
              name,
              shortName.isEmpty() ? name : shortName,
              header.getOrDefault("region", ""),
              kind,
              units,
              duties);
      Optional<String> reportDate =
          Optional.of(header.getOrDefault("reportDate", "")).filter(s -> !s.isEmpty());
      Optional<String> fillDate =
          Optional.of(header.getOrDefault("performance.fillDate", "")).filter(s -> !s.isEmpty());
      return new FinalAccounts(
          year,
          d,
          new LeafFacts(u, items, economic, facts, counts, vehicles, codeNames),
          new Explanations(texts, uses, reasons, keyWorks, glossary, reportDate),
          new Evaluation(fillDate, projects, goals),
          edition);
    }

    /** The 部门 sheet's rows: header fields, units and duties. */
    private void departmentRows(
        Sheet dept, Map<String, String> header, List<Unit> units, List<String> duties) {
      for (Row r : rows(dept)) {
        String key = cells.text(r, 0);
        switch (key) {
          case "" -> {}
          case "unit" -> {
            String name = cells.text(r, 2);
            if (!name.isEmpty()) {
              UnitKind kind = UnitKind.parse(cells.text(r, 3)).orElse(UnitKind.OTHER);
              units.add(new Unit(name, kind, cells.text(r, 4).equals("是")));
            }
          }
          case "duty" -> {
            if (!cells.text(r, 2).isEmpty()) {
              duties.add(cells.text(r, 2));
            }
          }
          case "fiscalYear",
              "amountUnit",
              "region",
              "edition",
              "department.name",
              "department.shortName",
              "department.kind",
              "reportDate",
              "performance.fillDate" ->
              header.put(key, cells.text(r, 2));
          default -> cells.problem(dept, r, 0, "未知字段 \"" + key + "\"");
        }
      }
    }

    /** The 部门 sheet's header fields checked (problems collected). */
    private record Checked(Optional<AmountUnit> unit, int year, String name, UnitKind kind) {}

    private Checked checked(Map<String, String> header) {
      Optional<AmountUnit> unit = AmountUnit.parse(header.getOrDefault("amountUnit", ""));
      String yearText = header.getOrDefault("fiscalYear", "");
      int year = yearText.matches("\\d{4}") ? Integer.parseInt(yearText) : 0;
      if (unit.isEmpty()) {
        problems.add(
            file
                + " 工作表“部门”: 金额单位（amountUnit）应为 元 或 万元，实为 \""
                + header.getOrDefault("amountUnit", "")
                + "\"");
      }
      if (year < 2000 || year > 2100) {
        problems.add(file + " 工作表“部门”: 年度（fiscalYear）应为四位年份，实为 \"" + yearText + "\"");
      }
      String name = header.getOrDefault("department.name", "");
      if (name.isEmpty()) {
        problems.add(file + " 工作表“部门”: 缺少部门名称（department.name）");
      }
      UnitKind kind =
          UnitKind.parse(header.getOrDefault("department.kind", "行政单位"))
              .orElseGet(
                  () -> {
                    problems.add(file + " 工作表“部门”: 单位性质应为 行政单位、参照公务员法管理事业单位、事业单位 或 其他");
                    return UnitKind.OTHER;
                  });
      return new Checked(unit, year, name, kind);
    }

    private Sheet require(String name) {
      Sheet s = wb.getSheet(name);
      if (s == null) {
        problems.add(file + ": 缺少工作表“" + name + "”（请使用 ./juesuan template 生成的模板）");
      }
      return s;
    }

    private static List<Row> rows(Sheet s) {
      List<Row> out = new ArrayList<>();
      for (int i = 1; i <= s.getLastRowNum(); i++) {
        Row r = s.getRow(i);
        if (r != null) {
          out.add(r);
        }
      }
      return out;
    }

    private List<FunctionalItem> functional(Sheet sh, AmountUnit unit, Catalog catalog) {
      Row head = sh.getRow(0);
      Map<Integer, ItemMeasure> columns = new LinkedHashMap<>();
      for (int c = 2; head != null && c < head.getLastCellNum(); c++) {
        String label = cells.text(head, c);
        if (label.isEmpty()) {
          continue;
        }
        Optional<ItemMeasure> m =
            java.util.Arrays.stream(ItemMeasure.values())
                .filter(x -> x.label().equals(label) || x.key().equals(label))
                .findFirst();
        if (m.isPresent()) {
          columns.put(c, m.get());
        } else {
          cells.problem(sh, head, c, "未知的列“" + label + "”");
        }
      }
      List<FunctionalItem> items = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (Row r : rows(sh)) {
        String code = cells.text(r, 0).replaceAll("\\s+", "");
        if (code.isEmpty()) {
          continue;
        }
        if (!code.matches("\\d{7}")) {
          cells.problem(sh, r, 0, "功能分类科目编码 \"" + code + "\" 应为7位项级编码（如 2013601）");
          continue;
        }
        if (!seen.add(code)) {
          cells.problem(sh, r, 0, "科目 " + code + " 重复出现，请合并为一行");
          continue;
        }
        FunctionCode fc = FunctionCode.of(code);
        Optional<String> name =
            Optional.of(cells.text(r, 1))
                .filter(s -> !s.isEmpty())
                .or(() -> catalog.functionName(fc));
        if (name.isEmpty()) {
          cells.problem(sh, r, 1, "科目 " + code + " 不在" + catalog.year() + "年分类科目目录中，请填写科目名称");
          continue;
        }
        Map<ItemMeasure, Amount> amounts = new EnumMap<>(ItemMeasure.class);
        columns.forEach(
            (c, m) -> cells.amount(sh, r, c, m.label(), unit).ifPresent(a -> amounts.put(m, a)));
        items.add(new FunctionalItem(fc, name.get(), amounts, unit));
      }
      return items;
    }

    private List<EconomicItem> economic(AmountUnit unit, Catalog catalog) {
      List<EconomicItem> out = new ArrayList<>();
      Sheet sh = wb.getSheet(Sheets.ECONOMIC);
      if (sh == null) {
        return out;
      }
      Set<String> seen = new HashSet<>();
      for (Row r : rows(sh)) {
        String code = cells.text(r, 0).replaceAll("\\s+", "");
        if (code.isEmpty()) {
          continue;
        }
        if (!code.matches("\\d{5}") || !seen.add(code)) {
          cells.problem(
              sh,
              r,
              0,
              code.matches("\\d{5}")
                  ? "经济分类科目 " + code + " 重复出现"
                  : "经济分类科目编码 \"" + code + "\" 应为5位款级编码（如 30101）");
          continue;
        }
        EconomicCode ec = EconomicCode.of(code);
        Optional<String> name =
            Optional.of(cells.text(r, 1))
                .filter(s -> !s.isEmpty())
                .or(() -> catalog.economicName(ec));
        if (name.isEmpty()) {
          cells.problem(sh, r, 1, "经济分类科目 " + code + " 不在目录中，请填写科目名称");
          continue;
        }
        cells
            .amount(sh, r, 2, "金额", unit)
            .ifPresent(a -> out.add(new EconomicItem(ec, name.get(), a)));
      }
      return out;
    }

    private void otherFacts(
        AmountUnit unit,
        Map<Fact, Amount> facts,
        Map<Count, Integer> counts,
        List<NamedCount> vehicles) {
      Sheet sh = wb.getSheet(Sheets.FACTS);
      if (sh == null) {
        return;
      }
      for (Row r : rows(sh)) {
        String key = cells.text(r, 0);
        if (key.isEmpty()) {
          continue;
        }
        Optional<Fact> f = Fact.ofKey(key);
        Optional<Count> c = Count.ofKey(key);
        if (f.isPresent()) {
          cells.amount(sh, r, 2, f.get().label(), unit).ifPresent(a -> facts.put(f.get(), a));
        } else if (c.isPresent()) {
          cells.count(sh, r, 2, c.get().label()).ifPresent(n -> counts.put(c.get(), n));
        } else if (key.equals("assets.vehiclesByUse")) {
          cells
              .count(sh, r, 2, "车辆数")
              .ifPresent(n -> vehicles.add(new NamedCount(cells.text(r, 1), n, "辆")));
        } else {
          cells.problem(sh, r, 0, "未知字段 \"" + key + "\"");
        }
      }
    }

    private void texts(
        Map<String, String> texts,
        Map<String, String> uses,
        Map<String, String> reasons,
        Map<String, String> codeNames,
        List<KeyWork> keyWorks,
        List<GlossaryTerm> glossary) {
      Sheet sh = wb.getSheet(Sheets.TEXTS);
      if (sh == null) {
        return;
      }
      for (Row r : rows(sh)) {
        String key = cells.text(r, 0);
        String text = cells.text(r, 2);
        if (key.isEmpty()) {
          continue;
        }
        Optional<TextField> field = TextFields.installed().byKey(key);
        if (field.isPresent()) {
          if (!text.isEmpty()) {
            texts.put(field.get().key(), text);
          }
        } else if (key.matches("categoryUses\\.\\d{3}")) {
          uses.put(key.substring(key.indexOf('.') + 1), text);
        } else if (key.matches("itemReasons\\.\\d{7}")) {
          reasons.put(key.substring(key.indexOf('.') + 1), text);
        } else if (key.matches("codeNames\\.\\d{3,7}")) {
          codeNames.put(key.substring(key.indexOf('.') + 1), text);
        } else if (key.equals("keyWork")) {
          keyWorks.add(new KeyWork(text, cells.text(r, 3), cells.text(r, 4)));
        } else if (key.equals("glossary")) {
          glossary.add(new GlossaryTerm(text, cells.text(r, 3)));
        } else {
          cells.problem(sh, r, 0, "未知字段 \"" + key + "\"");
        }
      }
    }

    private List<Project> projects(AmountUnit unit) {
      List<Project> out = new ArrayList<>();
      Sheet sh = wb.getSheet(Sheets.PROJECTS);
      if (sh == null) {
        return out;
      }
      for (Row r : rows(sh)) {
        String name = cells.text(r, 0);
        if (name.isEmpty()) {
          continue;
        }
        Optional<Amount> budget = cells.amount(sh, r, 1, "预算数", unit);
        Amount actual = cells.amount(sh, r, 2, "执行数", unit).orElse(Amount.zero(unit));
        budget.ifPresentOrElse(
            b -> out.add(new Project(name, b, actual)),
            () -> cells.problem(sh, r, 1, "项目“" + name + "”缺少预算数"));
      }
      return out;
    }

    private List<Goal> goals() {
      Map<String, String> descriptions = new LinkedHashMap<>();
      Map<String, List<Indicator>> indicators = new LinkedHashMap<>();
      Sheet sh = wb.getSheet(Sheets.INDICATORS);
      if (sh == null) {
        return List.of();
      }
      for (Row r : rows(sh)) {
        String title = cells.text(r, 0);
        if (title.isEmpty()) {
          continue;
        }
        descriptions.putIfAbsent(title, cells.text(r, 1));
        List<Indicator> list = indicators.computeIfAbsent(title, t -> new ArrayList<>());
        if (!cells.text(r, 4).isEmpty()) {
          list.add(
              new Indicator(
                  cells.text(r, 2),
                  cells.text(r, 3),
                  cells.text(r, 4),
                  TargetValue.parse(cells.text(r, 5)),
                  TargetValue.parse(cells.text(r, 6))));
        }
      }
      List<Goal> goals = new ArrayList<>();
      descriptions.forEach((t, d) -> goals.add(new Goal(t, d, indicators.get(t))));
      return goals;
    }
  }
}
