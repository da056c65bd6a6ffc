package io.juesuan.core.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Text only a person can write: the {@link TextFields text fields} by key (reasons, 绩效 texts; in
 * registry order, blanks dropped; readers check keys against the registry), the main uses of each 类
 * (五(二)), the reason per 项 for its 完成率 (五(三)), 重点工作, extra 名词解释 and the report date.
 */
public record Explanations(
    Map<String, String> texts,
    Map<String, String> categoryUses,
    Map<String, String> itemReasons,
    List<KeyWork> keyWorks,
    List<GlossaryTerm> glossary,
    Optional<String> reportDate) {

  public Explanations {
    Map<String, String> t = new LinkedHashMap<>();
    for (TextField f : TextFields.installed().all()) {
      String text = texts.get(f.key());
      if (text != null && !text.isBlank()) {
        t.put(f.key(), text);
      }
    }
    new TreeMap<>(texts)
        .forEach(
            (key, text) -> {
              if (text != null && !text.isBlank()) {
                t.putIfAbsent(key, text);
              }
            });
    texts = Collections.unmodifiableMap(t);
    categoryUses = Collections.unmodifiableMap(new TreeMap<>(categoryUses));
    itemReasons = Collections.unmodifiableMap(new TreeMap<>(itemReasons));
    keyWorks = List.copyOf(keyWorks);
    glossary = List.copyOf(glossary);
    Objects.requireNonNull(reportDate, "reportDate");
  }

  public static Explanations none() {
    return new Explanations(Map.of(), Map.of(), Map.of(), List.of(), List.of(), Optional.empty());
  }

  public Optional<String> text(TextSlot slot) {
    return text(slot.key());
  }

  /** The text of a registered field ({@link TextFields}); empty when blank or not written. */
  public Optional<String> text(String key) {
    return Optional.ofNullable(texts.get(key));
  }

  /** The same explanations with more texts (later entries win; a blank text removes the field). */
  public Explanations withTexts(Map<String, String> more) {
    Map<String, String> t = new LinkedHashMap<>(texts);
    t.putAll(more);
    return new Explanations(t, categoryUses, itemReasons, keyWorks, glossary, reportDate);
  }

  /** The same explanations with one text set (blank: removed). */
  public Explanations withText(String key, String text) {
    return withTexts(Map.of(key, text == null ? "" : text));
  }

  public Explanations withCategoryUses(Map<String, String> categoryUses) {
    return new Explanations(texts, categoryUses, itemReasons, keyWorks, glossary, reportDate);
  }

  public Explanations withItemReasons(Map<String, String> itemReasons) {
    return new Explanations(texts, categoryUses, itemReasons, keyWorks, glossary, reportDate);
  }

  public Explanations withReportDate(Optional<String> reportDate) {
    return new Explanations(texts, categoryUses, itemReasons, keyWorks, glossary, reportDate);
  }

  public Explanations withKeyWorks(List<KeyWork> keyWorks) {
    return new Explanations(texts, categoryUses, itemReasons, keyWorks, glossary, reportDate);
  }

  public Explanations withGlossary(List<GlossaryTerm> glossary) {
    return new Explanations(texts, categoryUses, itemReasons, keyWorks, glossary, reportDate);
  }
}
