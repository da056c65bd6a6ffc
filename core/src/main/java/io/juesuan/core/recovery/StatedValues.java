package io.juesuan.core.recovery;

import io.juesuan.core.edition.Edition;
import io.juesuan.core.narrative.Section;
import io.juesuan.core.report.Count;
import io.juesuan.core.report.TextFields;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The counts and texts a published 情况说明 states (团组, 人次, 保有量, the reasons per “三公” item, the 绩效
 * texts), found by the edition's {@code recovery/statements.txt}. Texts lose the template residue
 * ({@code audit/residue.txt}) they carry; what is then too short to be a person's words is left
 * out.
 */
final class StatedValues {
  /** What the narrative states. */
  record Result(Map<Count, Integer> counts, Map<String, String> texts) {}

  private record Statement(String target, String where, Pattern pattern) {}

  private final List<Statement> statements = new ArrayList<>();
  private final List<Pattern> residue = new ArrayList<>();

  private static final Map<Edition, StatedValues> BY_EDITION = new ConcurrentHashMap<>();

  /** An edition's statements and residue patterns, read once. */
  static StatedValues of(Edition edition) {
    return BY_EDITION.computeIfAbsent(edition, StatedValues::new);
  }

  StatedValues(Edition edition) {
    for (String line : edition.lines("recovery/statements.txt").orElse(List.of())) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 3) {
        throw new IllegalStateException(
            "版本 " + edition.id() + " 的 recovery/statements.txt 格式错误：\"" + line + "\"");
      }
      statements.add(new Statement(f[0], f[1], Pattern.compile(f[2], Pattern.DOTALL)));
    }
    for (String line : edition.lines("audit/residue.txt").orElse(List.of())) {
      String[] f = line.split("\t");
      if (!line.startsWith("#") && f.length >= 3) {
        residue.add(Pattern.compile(f[2]));
      }
    }
  }

  Result read(Map<String, List<Section>> keyed, List<Section> all) {
    Map<Count, Integer> counts = new EnumMap<>(Count.class);
    Map<String, String> texts = new LinkedHashMap<>();
    for (Statement s : statements) {
      String target = s.target();
      boolean isCount = target.startsWith("count.");
      String key = target.substring(target.indexOf('.') + 1);
      boolean known =
          isCount ? Count.ofKey(key).isPresent() : TextFields.installed().byKey(key).isPresent();
      if (!known) {
        throw new IllegalStateException("recovery/statements.txt：未知字段 " + target);
      }
      if (isCount ? counts.containsKey(Count.ofKey(key).orElseThrow()) : texts.containsKey(key)) {
        continue;
      }
      for (String text : texts(s.where(), keyed, all)) {
        Matcher m = s.pattern().matcher(text);
        if (!m.find()) {
          continue;
        }
        if (isCount) {
          counts.put(Count.ofKey(key).orElseThrow(), Integer.parseInt(m.group(1)));
          break;
        }
        Optional<String> written = clean(m.group(1));
        if (written.isPresent()) {
          texts.put(key, written.get());
          break;
        }
      }
    }
    return new Result(counts, texts);
  }

  /** The texts a statement looks in: a keyed part's sections together, or each titled section. */
  private static List<String> texts(
      String where, Map<String, List<Section>> keyed, List<Section> all) {
    List<String> out = new ArrayList<>();
    if (where.startsWith("title:")) {
      Pattern title = Pattern.compile(where.substring("title:".length()));
      for (Section s : all) {
        if (title.matcher(ReportRecovery.normalize(s.title())).find()) {
          out.add(ReportRecovery.normalize(s.text()));
        }
      }
      return out;
    }
    StringBuilder b = new StringBuilder();
    keyed.getOrDefault(where, List.of()).forEach(s -> b.append(s.text()));
    out.add(ReportRecovery.normalize(b.toString()));
    return out;
  }

  /**
   * A stated text without the sentences that carry template residue (an instruction to the filer is
   * a sentence of its own; a sentence with an unfilled choice is not the department's word); empty
   * when nothing a person wrote is left.
   */
  Optional<String> clean(String text) {
    StringBuilder kept = new StringBuilder();
    for (String sentence : text.split("(?<=。)")) {
      if (residue.stream().noneMatch(p -> p.matcher(sentence).find())) {
        kept.append(sentence);
      }
    }
    String t =
        kept.toString()
            .strip()
            .replaceAll("^([（(][一二三四五六七八九十\\d]+[)）]|\\d+[.、．])", "")
            .replaceAll("^[，,。；;：:、\\s]+|[，,；;：:、\\s]+$", "");
    if (t.endsWith("。")) {
      t = t.substring(0, t.length() - 1);
    }
    return t.length() >= 2 ? Optional.of(t) : Optional.empty();
  }

  /** The text without template residue and without a numbering the residue stood before. */
  String withoutResidue(String text) {
    String t = text;
    for (Pattern p : residue) {
      t = p.matcher(t).replaceAll("");
    }
    return t.replaceAll("。{2,}", "。")
        .strip()
        .replaceAll("^([（(][一二三四五六七八九十\\d]+[)）]|\\d+[.、．])", "");
  }
}
