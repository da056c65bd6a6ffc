package io.juesuan.core.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of free-text fields: each field once, read from {@code
 * io/juesuan/core/fields/texts.tsv} and from every {@code META-INF/juesuan/extra-texts.tsv} on the
 * class path (a region's or a deployment's additions). Everything that lists, reads or writes text
 * fields — the YAML and XLSX datasets, the database rows, the filing forms, the API and the trail —
 * asks here, so a new optional field is one line of data.
 */
public final class TextFields {
  static final String BUILT_IN = "io/juesuan/core/fields/texts.tsv";
  static final String EXTRA = "META-INF/juesuan/extra-texts.tsv";

  private static final TextFields INSTALLED = load();

  private final Map<String, TextField> byKey;
  private final List<TextField> all;

  private TextFields(List<TextField> fields) {
    Map<String, TextField> m = new LinkedHashMap<>();
    for (TextField f : fields) {
      if (m.putIfAbsent(f.key(), f) != null) {
        throw new IllegalStateException("文字字段 " + f.key() + " 登记了两次");
      }
    }
    this.byKey = Collections.unmodifiableMap(m);
    this.all = List.copyOf(m.values());
  }

  /**
   * The fields of this installation: the built-in ones, then the extra files' in class-path order.
   */
  public static TextFields installed() {
    return INSTALLED;
  }

  /** A registry of exactly these fields (tests, tools). */
  public static TextFields of(List<TextField> fields) {
    return new TextFields(fields);
  }

  public List<TextField> all() {
    return all;
  }

  public Optional<TextField> byKey(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** The fields a YAML file holds ("narrative.yaml"), in registry order. */
  public List<TextField> inYaml(String file) {
    return byKey.values().stream().filter(f -> f.yamlFile().equals(file)).toList();
  }

  private static TextFields load() {
    ClassLoader loader = TextFields.class.getClassLoader();
    List<TextField> fields = new ArrayList<>();
    URL builtIn = loader.getResource(BUILT_IN);
    if (builtIn == null) {
      throw new IllegalStateException("缺少文字字段登记表 " + BUILT_IN);
    }
    fields.addAll(parse(builtIn));
    try {
      for (URL extra : Collections.list(loader.getResources(EXTRA))) {
        fields.addAll(parse(extra));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TextFields(fields);
  }

  /** Parses one registry file: key TAB label TAB "file path"; '#' starts a comment line. */
  static List<TextField> parse(URL url) {
    List<TextField> out = new ArrayList<>();
    try (InputStream in = url.openStream();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        String[] place = cols.length == 3 ? cols[2].trim().split("\\s+") : new String[0];
        if (cols.length != 3 || place.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
          throw new IllegalStateException(
              url + " 第 " + n + " 行：应为“键<TAB>名称<TAB>YAML文件 路径”，实为 \"" + line + "\"");
        }
        out.add(new TextField(cols[0].trim(), cols[1].trim(), place[0], place[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
