package io.juesuan.dataset;

import io.juesuan.core.performance.Goal;
import io.juesuan.core.performance.Indicator;
import io.juesuan.core.performance.Project;
import io.juesuan.core.report.Count;
import io.juesuan.core.report.EconomicItem;
import io.juesuan.core.report.Fact;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.FunctionalItem;
import io.juesuan.core.report.GlossaryTerm;
import io.juesuan.core.report.KeyWork;
import io.juesuan.core.report.NamedCount;
import io.juesuan.core.report.Unit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a department-year as the four YAML files of docs/dataset-format.md, so that {@link
 * DatasetReader} reads back the same facts (used for downloads, exports and consolidated datasets).
 */
public final class DatasetWriter {

  /** File name → content. */
  public Map<String, String> write(FinalAccounts a) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(DatasetReader.DEPARTMENT, department(a));
    files.put(DatasetReader.ACCOUNTS, accounts(a));
    files.put(DatasetReader.NARRATIVE, narrative(a));
    files.put(DatasetReader.PERFORMANCE, performance(a));
    return files;
  }

  public void write(FinalAccounts a, Path dir) throws IOException {
    Files.createDirectories(dir);
    for (Map.Entry<String, String> e : write(a).entrySet()) {
      Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
    }
  }

  private static String department(FinalAccounts a) {
    StringBuilder b = new StringBuilder();
    b.append("fiscalYear: ").append(a.fiscalYear()).append('\n');
    b.append("amountUnit: ").append(a.unit().label()).append('\n');
    a.edition().ifPresent(e -> b.append("edition: ").append(q(e)).append('\n'));
    if (!a.department().region().isEmpty()) {
      b.append("region: ").append(q(a.department().region())).append('\n');
    }
    b.append("department:\n  name: ").append(q(a.department().name())).append('\n');
    b.append("  shortName: ").append(q(a.department().shortName())).append('\n');
    b.append("  kind: ").append(a.department().kind().label()).append('\n');
    b.append("units:\n");
    for (Unit u : a.department().units()) {
      b.append("  - name: ")
          .append(q(u.name()))
          .append("\n    kind: ")
          .append(u.kind().label())
          .append('\n');
      if (u.headOffice()) {
        b.append("    headOffice: true\n");
      }
    }
    b.append("duties:\n");
    a.department().duties().forEach(d -> b.append("  - ").append(q(d)).append('\n'));
    a.explanations()
        .reportDate()
        .ifPresent(d -> b.append("reportDate: ").append(q(d)).append('\n'));
    return b.toString();
  }

  private static String accounts(FinalAccounts a) {
    StringBuilder b = new StringBuilder("functional:\n");
    for (FunctionalItem i : a.facts().items()) {
      b.append("  - code: \"")
          .append(i.code())
          .append("\"\n    name: ")
          .append(q(i.name()))
          .append('\n');
      Map<String, Object> tree = new TreeMap<>();
      i.amounts().forEach((m, v) -> put(tree, m.key(), v.plain()));
      nested(b, tree, 2);
    }
    b.append("economic:\n");
    for (EconomicItem e : a.facts().economicItems()) {
      b.append("  - code: \"")
          .append(e.code())
          .append("\"\n    name: ")
          .append(q(e.name()))
          .append("\n    amount: ")
          .append(e.amount().plain())
          .append('\n');
    }
    if (!a.facts().codeNames().isEmpty()) {
      b.append("codeNames:\n");
      new TreeMap<>(a.facts().codeNames())
          .forEach((c, n) -> b.append("  \"").append(c).append("\": ").append(q(n)).append('\n'));
    }
    Map<String, Object> tree = new LinkedHashMap<>();
    for (Fact f : Fact.values()) {
      a.facts().fact(f).ifPresent(v -> put(tree, f.key(), v.plain()));
    }
    for (Count c : Count.values()) {
      if (c != Count.PROJECTS_EVALUATED) {
        a.facts().count(c).ifPresent(v -> put(tree, c.key(), Integer.toString(v)));
      }
    }
    nested(b, tree, 0);
    if (!a.facts().vehiclesByUse().isEmpty()) {
      if (!tree.containsKey("assets")) {
        b.append("assets:\n");
      }
      b.append("  vehiclesByUse:\n");
      for (NamedCount v : a.facts().vehiclesByUse()) {
        b.append("    - {use: ")
            .append(q(v.label()))
            .append(", count: ")
            .append(v.count())
            .append("}\n");
      }
    }
    return b.toString();
  }

  private static String narrative(FinalAccounts a) {
    StringBuilder b =
        new StringBuilder(
            new YamlTexts(DatasetReader.NARRATIVE)
                .write(a.explanations().texts(), DatasetWriter::q));
    b.append("categoryUses:\n");
    a.explanations()
        .categoryUses()
        .forEach((c, t) -> b.append("  \"").append(c).append("\": ").append(q(t)).append('\n'));
    b.append("itemReasons:\n");
    a.explanations()
        .itemReasons()
        .forEach((c, t) -> b.append("  \"").append(c).append("\": ").append(q(t)).append('\n'));
    b.append("keyWork:\n");
    for (KeyWork k : a.explanations().keyWorks()) {
      b.append("  - {title: ")
          .append(q(k.title()))
          .append(", content: ")
          .append(q(k.content()))
          .append(", result: ")
          .append(q(k.result()))
          .append("}\n");
    }
    b.append("glossary:\n");
    for (GlossaryTerm g : a.explanations().glossary()) {
      b.append("  - {term: ")
          .append(q(g.term()))
          .append(", definition: ")
          .append(q(g.definition()))
          .append("}\n");
    }
    return b.toString();
  }

  private static String performance(FinalAccounts a) {
    StringBuilder b = new StringBuilder();
    a.evaluation().fillDate().ifPresent(d -> b.append("fillDate: ").append(q(d)).append('\n'));
    a.facts()
        .count(Count.PROJECTS_EVALUATED)
        .ifPresent(c -> b.append("projectsEvaluated: ").append(c).append('\n'));
    b.append(
        new YamlTexts(DatasetReader.PERFORMANCE).write(a.explanations().texts(), DatasetWriter::q));
    b.append("projects:\n");
    for (Project p : a.evaluation().projects()) {
      b.append("  - {name: ")
          .append(q(p.name()))
          .append(", budget: ")
          .append(p.budget().plain())
          .append(", actual: ")
          .append(p.actual().plain())
          .append("}\n");
    }
    b.append("goals:\n");
    for (Goal g : a.evaluation().goals()) {
      b.append("  - title: ")
          .append(q(g.title()))
          .append("\n    description: ")
          .append(q(g.description()))
          .append("\n    indicators:\n");
      for (Indicator i : g.indicators()) {
        b.append("      - {level1: ")
            .append(q(i.level1()))
            .append(", level2: ")
            .append(q(i.level2()))
            .append(", name: ")
            .append(q(i.name()))
            .append(", target: ")
            .append(q(i.target().text()))
            .append(", actual: ")
            .append(q(i.actual().text()))
            .append("}\n");
      }
    }
    return b.toString();
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> tree, String dotted, String value) {
    String[] parts = dotted.split("\\.");
    Map<String, Object> node = tree;
    for (int i = 0; i < parts.length - 1; i++) {
      node =
          (Map<String, Object>)
              node.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
    }
    node.put(parts[parts.length - 1], value);
  }

  @SuppressWarnings("unchecked")
  private static void nested(StringBuilder b, Map<String, Object> tree, int indent) {
    tree.forEach(
        (k, v) -> {
          b.append("  ".repeat(indent)).append(k).append(':');
          if (v instanceof Map<?, ?> m) {
            b.append('\n');
            nested(b, (Map<String, Object>) m, indent + 1);
          } else {
            b.append(' ').append(v).append('\n');
          }
        });
  }

  /** A YAML double-quoted scalar. */
  static String q(String s) {
    return FindingsJson.str(s);
  }
}
