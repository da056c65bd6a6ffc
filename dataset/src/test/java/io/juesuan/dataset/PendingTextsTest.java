package io.juesuan.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.edition.Edition;
import io.juesuan.core.edition.Editions;
import io.juesuan.core.narrative.NarrativeWriter;
import io.juesuan.core.narrative.NarrativeWriter.PendingText;
import io.juesuan.core.narrative.Section;
import io.juesuan.core.narrative.Sentence;
import io.juesuan.core.report.Count;
import io.juesuan.core.report.Explanations;
import io.juesuan.core.report.Fact;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.FunctionalItem;
import io.juesuan.core.report.ItemMeasure;
import io.juesuan.core.report.LeafFacts;
import io.juesuan.core.table.TableSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link NarrativeWriter#pendingTexts} finds the 【待填写：…】 without writing out the sentences that
 * hold none; what it finds must be exactly what reading the whole written text finds — for the
 * examples and for many variants of them with texts, facts, counts and 年初预算 taken away at random.
 */
class PendingTextsTest {
  static Stream<String> examples() {
    return Stream.of("caidian-2023", "district-school-2023", "shanghai-putuo-2024");
  }

  private static FinalAccounts read(String name) {
    return new DatasetReader().read(DatasetWriterTest.example().resolveSibling(name), name);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  @DisplayName("the placeholders found without writing are those of the written text")
  void sameAsTheWrittenText(String name) {
    FinalAccounts original = read(name);
    Random random = new Random(name.hashCode());
    int withPending = 0;
    for (int round = 0; round < 60; round++) {
      FinalAccounts a = round == 0 ? original : thinned(original, random);
      List<PendingText> found = found(a);
      assertThat(found).as("%s, variant %d", name, round).isEqualTo(fromWrittenText(a));
      if (!found.isEmpty()) {
        withPending++;
      }
    }
    // the variants did take inputs away: most of them ask the filer for something
    assertThat(withPending).isGreaterThan(40);
  }

  @Test
  @DisplayName("a filer's text holding private-use characters or a placeholder is read as written")
  void oddFilerTexts() {
    FinalAccounts original = read("caidian-2023");
    Explanations ex = original.explanations();
    Map<String, String> texts = new LinkedHashMap<>(ex.texts());
    List<String> keys = new ArrayList<>(texts.keySet());
    assertThat(keys).isNotEmpty();
    texts.put(keys.get(0), "见\uE0000\uE001与\uE000说明");
    if (keys.size() > 1) {
      texts.put(keys.get(1), "原因【待填写：自拟】如上");
    }
    FinalAccounts a = original.withExplanations(ex.withTexts(texts));
    List<PendingText> found = found(a);
    assertThat(found).isEqualTo(fromWrittenText(a));
    assertThat(found).extracting(PendingText::sentence).noneMatch(s -> s.contains("\uE001\uE000"));
  }

  private static List<PendingText> found(FinalAccounts a) {
    Edition e = Editions.installed().forAccounts(a);
    TableSet published = e.deriver().derive(a).toWanYuan();
    return e.writer().pendingTexts(a, published);
  }

  /** The placeholders read off the whole written text, first sentence of each label. */
  private static List<PendingText> fromWrittenText(FinalAccounts a) {
    Edition e = Editions.installed().forAccounts(a);
    TableSet published = e.deriver().derive(a).toWanYuan();
    NarrativeWriter writer = e.writer();
    String[] marker = writer.wording().templates().get("pending").split("\\{label}", -1);
    Map<String, PendingText> seen = new LinkedHashMap<>();
    for (var part : writer.write(a, published).parts()) {
      for (Section section : part.sections()) {
        for (Sentence s : section.sentences()) {
          String t = s.text();
          int from = 0;
          for (int at = t.indexOf(marker[0]); at >= 0; at = t.indexOf(marker[0], from)) {
            int end = t.indexOf(marker[1], at + marker[0].length());
            if (end < 0) {
              break;
            }
            String label = t.substring(at + marker[0].length(), end);
            from = end + marker[1].length();
            seen.putIfAbsent(label, new PendingText(label, section.title(), t));
          }
        }
      }
    }
    return List.copyOf(seen.values());
  }

  /** The department-year with a random part of its texts, facts, counts and 年初预算 taken away. */
  private static FinalAccounts thinned(FinalAccounts a, Random random) {
    double p = 0.1 + random.nextDouble() * 0.6;
    Explanations ex = a.explanations();
    Explanations thinEx =
        new Explanations(
            keep(ex.texts(), p, random),
            keep(ex.categoryUses(), p, random),
            keep(ex.itemReasons(), p, random),
            random.nextDouble() < p ? List.of() : ex.keyWorks(),
            ex.glossary(),
            ex.reportDate());
    LeafFacts f = a.facts();
    Map<Fact, io.juesuan.core.money.Amount> facts = new EnumMap<>(Fact.class);
    f.facts()
        .forEach(
            (k, v) -> {
              if (random.nextDouble() >= p / 2) {
                facts.put(k, v);
              }
            });
    Map<Count, Integer> counts = new EnumMap<>(Count.class);
    f.counts()
        .forEach(
            (k, v) -> {
              if (random.nextDouble() >= p / 2) {
                counts.put(k, v);
              }
            });
    List<FunctionalItem> items = new ArrayList<>();
    for (FunctionalItem item : f.items()) {
      if (random.nextDouble() < p / 2) {
        Map<ItemMeasure, io.juesuan.core.money.Amount> m = new EnumMap<>(ItemMeasure.class);
        m.putAll(item.amounts());
        m.remove(ItemMeasure.GENERAL_BUDGET_INITIAL);
        items.add(new FunctionalItem(item.code(), item.name(), m, item.unit()));
      } else {
        items.add(item);
      }
    }
    LeafFacts thin =
        new LeafFacts(
            f.unit(), items, f.economicItems(), facts, counts, f.vehiclesByUse(), f.codeNames());
    return a.withExplanations(thinEx).withFacts(thin);
  }

  private static Map<String, String> keep(Map<String, String> m, double p, Random random) {
    Map<String, String> out = new LinkedHashMap<>();
    m.forEach(
        (k, v) -> {
          if (random.nextDouble() >= p) {
            out.put(k, v);
          }
        });
    return out;
  }
}
