package io.juesuan.dataset;

import io.juesuan.core.report.TextField;
import io.juesuan.core.report.TextFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The text fields ({@link TextFields}) a dataset's YAML file holds, read and written where the
 * registry places them: a top-level entry ({@code vehicleNote: …}) or an entry of a top-level
 * mapping ({@code reasons: {totalChange: …}}). A field added to the registry is read and written
 * here without a change to the readers.
 */
final class YamlTexts {
  private final String file;
  private final List<TextField> fields;

  YamlTexts(String file) {
    this.file = file;
    this.fields = TextFields.installed().inYaml(file);
  }

  /** The top-level entries the file's text fields occupy. */
  Set<String> topEntries() {
    Set<String> out = new TreeSet<>();
    fields.forEach(f -> out.add(f.yamlTop()));
    return out;
  }

  /** The texts of the file (field key → text; blanks left out); unknown entries are problems. */
  Map<String, String> read(YamlFile f, Map<String, Node> top) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String entry : topEntries()) {
      Node node = top.get(entry);
      if (node == null) {
        continue;
      }
      Optional<TextField> scalar = field(entry, "");
      if (scalar.isPresent()) {
        f.text(node, entry)
            .filter(s -> !s.isEmpty())
            .ifPresent(t -> texts.put(scalar.get().key(), t));
        continue;
      }
      f.mapping(node, entry)
          .forEach(
              (name, child) -> {
                Optional<TextField> field = field(entry, name);
                if (field.isEmpty()) {
                  f.problem(child, "未知字段 " + entry + "." + name);
                } else {
                  f.text(child, entry + "." + name)
                      .filter(s -> !s.isEmpty())
                      .ifPresent(t -> texts.put(field.get().key(), t));
                }
              });
    }
    return texts;
  }

  /**
   * The file's text fields as YAML lines, mappings first written under their entry; {@code quote}
   * writes a YAML scalar.
   */
  String write(Map<String, String> texts, Function<String, String> quote) {
    StringBuilder b = new StringBuilder();
    for (String entry : topEntries()) {
      Optional<TextField> scalar = field(entry, "");
      if (scalar.isPresent()) {
        Optional.ofNullable(texts.get(scalar.get().key()))
            .ifPresent(t -> b.append(entry).append(": ").append(quote.apply(t)).append('\n'));
        continue;
      }
      StringBuilder children = new StringBuilder();
      for (TextField field : fields) {
        String text = texts.get(field.key());
        if (field.yamlTop().equals(entry) && text != null) {
          children
              .append("  ")
              .append(field.yamlRest())
              .append(": ")
              .append(quote.apply(text))
              .append('\n');
        }
      }
      if (children.length() > 0) {
        b.append(entry).append(":\n").append(children);
      }
    }
    return b.toString();
  }

  private Optional<TextField> field(String entry, String rest) {
    return fields.stream()
        .filter(f -> f.yamlTop().equals(entry) && f.yamlRest().equals(rest))
        .findFirst();
  }
}
