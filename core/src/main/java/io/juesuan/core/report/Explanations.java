package io.juesuan.core.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Text only a person can write: reasons per {@link TextSlot}, the main uses of each 类 (五(二)), the
 * reason per 项 for its 完成率 (五(三)), 重点工作, extra 名词解释 and the report date.
 */
public record Explanations(
    Map<TextSlot, String> texts,
    Map<String, String> categoryUses,
    Map<String, String> itemReasons,
    List<KeyWork> keyWorks,
    List<GlossaryTerm> glossary,
    Optional<String> reportDate) {

  public Explanations {
    EnumMap<TextSlot, String> t = new EnumMap<>(TextSlot.class);
    t.putAll(texts);
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
    return Optional.ofNullable(texts.get(slot)).filter(s -> !s.isBlank());
  }

  /** The same explanations with more texts (later entries win). */
  public Explanations withTexts(Map<TextSlot, String> more) {
    EnumMap<TextSlot, String> t = new EnumMap<>(TextSlot.class);
    t.putAll(texts);
    t.putAll(more);
    return new Explanations(t, categoryUses, itemReasons, keyWorks, glossary, reportDate);
  }

  public Explanations withKeyWorks(List<KeyWork> keyWorks) {
    return new Explanations(texts, categoryUses, itemReasons, keyWorks, glossary, reportDate);
  }

  public Explanations withGlossary(List<GlossaryTerm> glossary) {
    return new Explanations(texts, categoryUses, itemReasons, keyWorks, glossary, reportDate);
  }
}
