package io.juesuan.dataset;

import io.juesuan.core.money.Amount;
import io.juesuan.core.money.AmountUnit;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * One YAML file of a dataset, read as a node tree so every value keeps its line. Reading collects
 * problems ("accounts.yaml 第12行: 金额 "12,3a" 不是数字") instead of stopping at the first.
 */
final class YamlFile {
  private final String name;
  private final Node root;
  private final List<String> problems;

  private YamlFile(String name, Node root, List<String> problems) {
    this.name = name;
    this.root = root;
    this.problems = problems;
  }

  /** Parses the file; a syntax error is recorded and the result is empty. */
  static Optional<YamlFile> read(Path file, String displayName, List<String> problems) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(20);
    options.setCodePointLimit(20 * 1024 * 1024);
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      // What Yaml.compose does, without the object constructor and representer a Yaml instance
      // also builds (their set-up is a fifth of reading a small file in a fresh JVM).
      Node node =
          new Composer(new ParserImpl(new StreamReader(reader), options), new Resolver(), options)
              .getSingleNode();
      if (node == null) {
        problems.add(displayName + ": 文件为空");
        return Optional.empty();
      }
      return Optional.of(new YamlFile(displayName, node, problems));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      problems.add(displayName + " 第" + line + "行: YAML 格式错误（请检查缩进、冒号与引号）");
    } catch (YAMLException e) {
      problems.add(displayName + ": YAML 格式错误（请检查缩进、冒号与引号）");
    } catch (java.nio.charset.MalformedInputException e) {
      problems.add(displayName + ": 不是 UTF-8 编码的文本文件");
    } catch (IOException e) {
      problems.add(displayName + ": 无法读取文件");
    }
    return Optional.empty();
  }

  Node root() {
    return root;
  }

  String name() {
    return name;
  }

  int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }

  void problem(Node node, String message) {
    problems.add(name + " 第" + line(node) + "行: " + message);
  }

  /** Entries of a mapping in order, or empty (with a problem) when the node is not a mapping. */
  Map<String, Node> mapping(Node node, String field) {
    Map<String, Node> out = new LinkedHashMap<>();
    if (node instanceof ScalarNode sc && sc.getValue().isEmpty()) {
      return out;
    }
    if (!(node instanceof MappingNode m)) {
      problem(node, "字段 " + field + " 应为键值映射");
      return out;
    }
    for (NodeTuple t : m.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k) {
        out.put(k.getValue(), t.getValueNode());
      } else {
        problem(t.getKeyNode(), "字段 " + field + " 的键应为文字");
      }
    }
    return out;
  }

  List<Node> sequence(Node node, String field) {
    if (node instanceof SequenceNode s) {
      return s.getValue();
    }
    if (node instanceof ScalarNode sc && sc.getValue().isEmpty()) {
      return List.of();
    }
    problem(node, "字段 " + field + " 应为列表");
    return List.of();
  }

  Optional<String> text(Node node, String field) {
    if (node instanceof ScalarNode s) {
      return Optional.of(s.getValue().strip());
    }
    problem(node, "字段 " + field + " 应为文字");
    return Optional.empty();
  }

  Optional<Amount> amount(Node node, String field, AmountUnit unit) {
    Optional<String> t = text(node, field);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    if (t.get().isEmpty()) {
      problem(node, "字段 " + field + " 的金额为空（没有金额请写 0 或删去该字段）");
      return Optional.empty();
    }
    Optional<Amount> a = Amount.parse(t.get(), unit);
    if (a.isEmpty()) {
      String why = t.get().matches("[-+]?\\d+\\.\\d{3,}") ? "金额最多两位小数" : "不是数字";
      problem(node, "字段 " + field + " 金额 \"" + t.get() + "\" " + why);
    }
    return a;
  }

  Optional<Integer> count(Node node, String field) {
    Optional<String> t = text(node, field);
    if (t.isPresent() && t.get().matches("\\d{1,9}")) {
      return Optional.of(Integer.parseInt(t.get()));
    }
    t.ifPresent(v -> problem(node, "字段 " + field + " 应为非负整数，实为 \"" + v + "\""));
    return Optional.empty();
  }

  /** Reports every key of {@code entries} that is not in {@code known}. */
  void rejectUnknown(Map<String, Node> entries, Set<String> known, String where) {
    for (Map.Entry<String, Node> e : entries.entrySet()) {
      if (!known.contains(e.getKey())) {
        problem(
            e.getValue(),
            "未知字段 "
                + (where.isEmpty() ? "" : where + ".")
                + e.getKey()
                + "（可用字段："
                + String.join("、", known)
                + "）");
      }
    }
  }

  /** Flattens nested mappings into dotted keys ("budget.abroad" → node), for fact sections. */
  void flatten(Node node, String prefix, Map<String, Node> out) {
    if (node instanceof MappingNode) {
      for (Map.Entry<String, Node> e : mapping(node, prefix).entrySet()) {
        flatten(e.getValue(), prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), out);
      }
    } else {
      out.put(prefix, node);
    }
  }

  static List<String> newProblems() {
    return new ArrayList<>();
  }
}
