package io.juesuan.dataset;

import io.juesuan.core.classification.FunctionCode;
import io.juesuan.core.report.Explanations;
import io.juesuan.core.report.GlossaryTerm;
import io.juesuan.core.report.KeyWork;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.Node;

/** Reads narrative.yaml: reasons, uses per 类, reasons per 项, 重点工作, extra 名词解释. */
final class NarrativeReader {
  private final YamlFile f;

  NarrativeReader(YamlFile f) {
    this.f = f;
  }

  Explanations read(Optional<String> reportDate) {
    Map<String, Node> top = f.mapping(f.root(), "（根）");
    YamlTexts textFields = new YamlTexts(DatasetReader.NARRATIVE);
    Set<String> known = new TreeSet<>(Set.of("categoryUses", "itemReasons", "keyWork", "glossary"));
    known.addAll(textFields.topEntries());
    f.rejectUnknown(top, known, "");
    Map<String, String> texts = textFields.read(f, top);
    Map<String, String> uses = codeTexts(top.get("categoryUses"), "categoryUses", 3);
    Map<String, String> reasons = codeTexts(top.get("itemReasons"), "itemReasons", 7);
    List<KeyWork> keyWorks = new ArrayList<>();
    if (top.containsKey("keyWork")) {
      for (Node n : f.sequence(top.get("keyWork"), "keyWork")) {
        Map<String, Node> m = f.mapping(n, "keyWork[]");
        f.rejectUnknown(m, new TreeSet<>(Set.of("title", "content", "result")), "keyWork[]");
        keyWorks.add(new KeyWork(str(m, "title"), str(m, "content"), str(m, "result")));
      }
    }
    List<GlossaryTerm> glossary = new ArrayList<>();
    if (top.containsKey("glossary")) {
      for (Node n : f.sequence(top.get("glossary"), "glossary")) {
        Map<String, Node> m = f.mapping(n, "glossary[]");
        f.rejectUnknown(m, new TreeSet<>(Set.of("term", "definition")), "glossary[]");
        glossary.add(new GlossaryTerm(str(m, "term"), str(m, "definition")));
      }
    }
    return new Explanations(texts, uses, reasons, keyWorks, glossary, reportDate);
  }

  private String str(Map<String, Node> m, String key) {
    return m.containsKey(key) ? f.text(m.get(key), key).orElse("") : "";
  }

  private Map<String, String> codeTexts(Node node, String field, int length) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node == null) {
      return out;
    }
    f.mapping(node, field)
        .forEach(
            (code, value) -> {
              if (code.length() != length || !FunctionCode.isValid(code)) {
                f.problem(value, field + " 的键 \"" + code + "\" 应为" + length + "位功能分类编码");
              } else {
                f.text(value, field + "." + code)
                    .filter(s -> !s.isEmpty())
                    .ifPresent(t -> out.put(code, t));
              }
            });
    return out;
  }
}
