package io.juesuan.dataset;

import io.juesuan.core.classification.Catalog;
import io.juesuan.core.concurrent.Ahead;
import io.juesuan.core.edition.EditionNotFoundException;
import io.juesuan.core.edition.Editions;
import io.juesuan.core.money.AmountUnit;
import io.juesuan.core.performance.Evaluation;
import io.juesuan.core.report.Department;
import io.juesuan.core.report.Explanations;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.LeafFacts;
import io.juesuan.core.report.Unit;
import io.juesuan.core.report.UnitKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a department-year directory (department.yaml, accounts.yaml, narrative.yaml,
 * performance.yaml; see docs/dataset-format.md) into {@link FinalAccounts}. Every problem is
 * collected and reported together with file, line and field; nothing unknown is dropped silently.
 */
public final class DatasetReader {
  private final Editions editions;

  /** Reads with the installed editions. */
  public DatasetReader() {
    this(Editions.installed());
  }

  /** Reads with the given editions (an edition added in files, for tests and tools). */
  public DatasetReader(Editions editions) {
    this.editions = java.util.Objects.requireNonNull(editions, "editions");
  }

  static final String DEPARTMENT = "department.yaml";
  static final String ACCOUNTS = "accounts.yaml";
  static final String NARRATIVE = "narrative.yaml";
  static final String PERFORMANCE = "performance.yaml";

  /**
   * @param dir the dataset directory
   * @param displayDir how to name the directory in messages (as the user typed it)
   */
  public FinalAccounts read(Path dir, String displayDir) {
    if (!Files.isDirectory(dir)) {
      throw new DatasetException(displayDir + ": 不是数据目录（应含 " + DEPARTMENT + " 和 " + ACCOUNTS + "）");
    }
    List<String> problems = new ArrayList<>();
    String prefix = displayDir.endsWith("/") ? displayDir : displayDir + "/";
    // The two optional files are parsed on another thread while the required ones are read here;
    // their problems join the others in the order the files are read in.
    Ahead<Parsed, RuntimeException> narrativeFile = parseAhead(dir, prefix, NARRATIVE);
    Ahead<Parsed, RuntimeException> performanceFile = parseAhead(dir, prefix, PERFORMANCE);
    Optional<YamlFile> department =
        YamlFile.read(dir.resolve(DEPARTMENT), prefix + DEPARTMENT, problems);
    Optional<YamlFile> accounts = YamlFile.read(dir.resolve(ACCOUNTS), prefix + ACCOUNTS, problems);
    for (String required : List.of(DEPARTMENT, ACCOUNTS)) {
      if (!Files.isRegularFile(dir.resolve(required))) {
        problems.add(prefix + required + ": 缺少此文件");
      }
    }
    if (department.isEmpty() || accounts.isEmpty()) {
      throw new DatasetException(problems);
    }
    Header header = header(department.get());
    if (header == null) {
      throw new DatasetException(problems);
    }
    Catalog catalog;
    try {
      catalog = editions.choose(header.edition, header.department.region(), header.year).catalog();
    } catch (EditionNotFoundException e) {
      throw new DatasetException(List.of(prefix + DEPARTMENT + ": " + e.getMessage()));
    }
    LeafFacts facts = new AccountsReader(accounts.get(), header.unit, catalog).read();
    Parsed narrative = narrativeFile.get();
    Explanations explanations =
        narrative
            .file()
            .map(f -> new NarrativeReader(f).read(header.reportDate))
            .orElse(
                new Explanations(
                    Map.of(), Map.of(), Map.of(), List.of(), List.of(), header.reportDate));
    problems.addAll(narrative.problems());
    Parsed performanceParsed = performanceFile.get();
    PerformanceReader.Result performance =
        performanceParsed
            .file()
            .map(f -> new PerformanceReader(f, header.unit).read())
            .orElse(new PerformanceReader.Result(Evaluation.empty(), Map.of(), Map.of()));
    problems.addAll(performanceParsed.problems());
    if (!problems.isEmpty()) {
      throw new DatasetException(problems);
    }
    return new FinalAccounts(
        header.year,
        header.department,
        facts.withCounts(performance.counts()),
        explanations.withTexts(performance.texts()),
        performance.evaluation(),
        header.edition);
  }

  public FinalAccounts read(Path dir) {
    return read(dir, dir.toString());
  }

  /**
   * An optional file parsed on its own: its problems (syntax, and those its reader finds later) are
   * kept apart until the file's turn comes.
   */
  private record Parsed(Optional<YamlFile> file, List<String> problems) {}

  private static Ahead<Parsed, RuntimeException> parseAhead(Path dir, String prefix, String name) {
    return Ahead.start(
        () -> {
          List<String> own = new ArrayList<>();
          return new Parsed(YamlFile.read(dir.resolve(name), prefix + name, own), own);
        });
  }

  private record Header(
      int year,
      AmountUnit unit,
      Department department,
      Optional<String> reportDate,
      Optional<String> edition) {}

  private static Header header(YamlFile f) {
    Map<String, Node> top = f.mapping(f.root(), "（根）");
    f.rejectUnknown(
        top,
        Set.of(
            "fiscalYear",
            "amountUnit",
            "region",
            "edition",
            "department",
            "units",
            "duties",
            "reportDate"),
        "");
    int year = 0;
    if (top.containsKey("fiscalYear")) {
      Optional<Integer> y = f.count(top.get("fiscalYear"), "fiscalYear");
      if (y.isPresent() && (y.get() < 2000 || y.get() > 2100)) {
        f.problem(top.get("fiscalYear"), "年度 " + y.get() + " 不合理");
      } else if (y.isPresent()) {
        year = y.get();
      }
    } else {
      f.problem(f.root(), "缺少字段 fiscalYear（年度）");
    }
    AmountUnit unit = null;
    if (top.containsKey("amountUnit")) {
      String u = f.text(top.get("amountUnit"), "amountUnit").orElse("");
      unit = AmountUnit.parse(u).orElse(null);
      if (unit == null) {
        f.problem(top.get("amountUnit"), "金额单位应为 元 或 万元，实为 \"" + u + "\"");
      }
    } else {
      f.problem(f.root(), "缺少字段 amountUnit（金额单位：元 或 万元）");
    }
    String name = "";
    String shortName = "";
    UnitKind kind = UnitKind.ADMINISTRATIVE;
    if (top.containsKey("department")) {
      Map<String, Node> d = f.mapping(top.get("department"), "department");
      f.rejectUnknown(d, Set.of("name", "shortName", "kind"), "department");
      name = d.containsKey("name") ? f.text(d.get("name"), "department.name").orElse("") : "";
      shortName =
          d.containsKey("shortName")
              ? f.text(d.get("shortName"), "department.shortName").orElse("")
              : "";
      if (d.containsKey("kind")) {
        kind = unitKind(f, d.get("kind"), "department.kind");
      }
      if (name.isEmpty()) {
        f.problem(top.get("department"), "缺少字段 department.name（部门名称）");
      }
    } else {
      f.problem(f.root(), "缺少字段 department（部门名称与性质）");
    }
    List<Unit> units = new ArrayList<>();
    if (top.containsKey("units")) {
      for (Node u : f.sequence(top.get("units"), "units")) {
        Map<String, Node> m = f.mapping(u, "units[]");
        f.rejectUnknown(m, Set.of("name", "kind", "headOffice"), "units[]");
        String un = m.containsKey("name") ? f.text(m.get("name"), "units[].name").orElse("") : "";
        if (un.isEmpty()) {
          f.problem(u, "单位缺少 name");
          continue;
        }
        UnitKind uk = m.containsKey("kind") ? unitKind(f, m.get("kind"), "units[].kind") : kind;
        boolean head =
            m.containsKey("headOffice")
                && f.text(m.get("headOffice"), "headOffice").map("true"::equals).orElse(false);
        units.add(new Unit(un, uk, head));
      }
    }
    List<String> duties = new ArrayList<>();
    if (top.containsKey("duties")) {
      for (Node d : f.sequence(top.get("duties"), "duties")) {
        f.text(d, "duties[]").filter(s -> !s.isEmpty()).ifPresent(duties::add);
      }
    }
    String region = top.containsKey("region") ? f.text(top.get("region"), "region").orElse("") : "";
    Optional<String> reportDate =
        top.containsKey("reportDate")
            ? f.text(top.get("reportDate"), "reportDate")
            : Optional.empty();
    Optional<String> edition =
        top.containsKey("edition")
            ? f.text(top.get("edition"), "edition").filter(e -> !e.isBlank())
            : Optional.empty();
    if (year == 0 || unit == null || name.isEmpty()) {
      return null;
    }
    Department department =
        new Department(name, shortName.isEmpty() ? name : shortName, region, kind, units, duties);
    return new Header(year, unit, department, reportDate, edition);
  }

  private static UnitKind unitKind(YamlFile f, Node node, String field) {
    String k = f.text(node, field).orElse("");
    return UnitKind.parse(k)
        .orElseGet(
            () -> {
              f.problem(node, "单位性质应为 行政单位、参照公务员法管理事业单位、事业单位 或 其他，实为 \"" + k + "\"");
              return UnitKind.OTHER;
            });
  }
}
