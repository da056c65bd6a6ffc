package io.juesuan.dataset;

import io.juesuan.core.money.Amount;
import io.juesuan.core.money.AmountUnit;
import io.juesuan.core.performance.Evaluation;
import io.juesuan.core.performance.Goal;
import io.juesuan.core.performance.Indicator;
import io.juesuan.core.performance.Project;
import io.juesuan.core.performance.TargetValue;
import io.juesuan.core.report.Count;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.Node;

/** Reads performance.yaml: 部门整体绩效自评 (projects, goals, indicators) and its texts. */
final class PerformanceReader {
  /** What performance.yaml gives: the evaluation, texts and counts. */
  record Result(Evaluation evaluation, Map<String, String> texts, Map<Count, Integer> counts) {}

  private final YamlFile f;
  private final AmountUnit unit;

  PerformanceReader(YamlFile f, AmountUnit unit) {
    this.f = f;
    this.unit = unit;
  }

  Result read() {
    Map<String, Node> top = f.mapping(f.root(), "（根）");
    YamlTexts textFields = new YamlTexts(DatasetReader.PERFORMANCE);
    Set<String> known = new TreeSet<>(textFields.topEntries());
    known.addAll(Set.of("fillDate", "projectsEvaluated", "projects", "goals"));
    f.rejectUnknown(top, known, "");
    Map<String, String> texts = textFields.read(f, top);
    Map<Count, Integer> counts = new EnumMap<>(Count.class);
    if (top.containsKey("projectsEvaluated")) {
      f.count(top.get("projectsEvaluated"), "projectsEvaluated")
          .ifPresent(c -> counts.put(Count.PROJECTS_EVALUATED, c));
    }
    Optional<String> fillDate =
        top.containsKey("fillDate") ? f.text(top.get("fillDate"), "fillDate") : Optional.empty();
    List<Project> projects = new ArrayList<>();
    if (top.containsKey("projects")) {
      for (Node n : f.sequence(top.get("projects"), "projects")) {
        Map<String, Node> m = f.mapping(n, "projects[]");
        f.rejectUnknown(m, new TreeSet<>(Set.of("name", "budget", "actual")), "projects[]");
        String name = m.containsKey("name") ? f.text(m.get("name"), "name").orElse("") : "";
        Optional<Amount> budget =
            m.containsKey("budget") ? f.amount(m.get("budget"), "budget", unit) : Optional.empty();
        Optional<Amount> actual =
            m.containsKey("actual")
                ? f.amount(m.get("actual"), "actual", unit)
                : Optional.of(Amount.zero(unit));
        if (name.isEmpty() || budget.isEmpty()) {
          f.problem(n, "项目应有 name 和 budget");
          continue;
        }
        actual.ifPresent(a -> projects.add(new Project(name, budget.get(), a)));
      }
    }
    List<Goal> goals = new ArrayList<>();
    if (top.containsKey("goals")) {
      for (Node n : f.sequence(top.get("goals"), "goals")) {
        goals.add(goal(n));
      }
    }
    return new Result(new Evaluation(fillDate, projects, goals), texts, counts);
  }

  private Goal goal(Node n) {
    Map<String, Node> m = f.mapping(n, "goals[]");
    f.rejectUnknown(m, new TreeSet<>(Set.of("title", "description", "indicators")), "goals[]");
    String title = m.containsKey("title") ? f.text(m.get("title"), "title").orElse("") : "";
    if (title.isEmpty()) {
      f.problem(n, "年度目标缺少 title");
    }
    String description =
        m.containsKey("description") ? f.text(m.get("description"), "description").orElse("") : "";
    List<Indicator> indicators = new ArrayList<>();
    if (m.containsKey("indicators")) {
      for (Node i : f.sequence(m.get("indicators"), "indicators")) {
        Map<String, Node> im = f.mapping(i, "indicators[]");
        Set<String> fields = new TreeSet<>(Set.of("level1", "level2", "name", "target", "actual"));
        f.rejectUnknown(im, fields, "indicators[]");
        List<String> missing = fields.stream().filter(k -> !im.containsKey(k)).toList();
        if (!missing.isEmpty()) {
          f.problem(i, "绩效指标缺少 " + String.join("、", missing));
          continue;
        }
        indicators.add(
            new Indicator(
                s(im, "level1"),
                s(im, "level2"),
                s(im, "name"),
                TargetValue.parse(s(im, "target")),
                TargetValue.parse(s(im, "actual"))));
      }
    }
    return new Goal(title, description, indicators);
  }

  private String s(Map<String, Node> m, String key) {
    return f.text(m.get(key), key).orElse("");
  }
}
