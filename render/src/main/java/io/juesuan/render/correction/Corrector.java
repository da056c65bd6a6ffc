package io.juesuan.render.correction;

import io.juesuan.core.audit.PublishedReport;
import io.juesuan.core.audit.ReportAuditor;
import io.juesuan.core.audit.ReportEdition;
import io.juesuan.core.edition.Edition;
import io.juesuan.core.edition.Editions;
import io.juesuan.core.money.AmountUnit;
import io.juesuan.core.narrative.Section;
import io.juesuan.core.narrative.Sentence;
import io.juesuan.core.narrative.Unstated;
import io.juesuan.core.recovery.ReportRecovery;
import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.rules.Finding;
import io.juesuan.core.rules.Location;
import io.juesuan.core.rules.Severity;
import io.juesuan.core.table.DisclosureTable;
import io.juesuan.core.table.TableId;
import io.juesuan.core.table.TableSet;
import io.juesuan.render.DisclosureDocument;
import io.juesuan.render.DocumentAssembler;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * 生成更正稿 — a published report rebuilt in its own edition: the dataset recovered from its tables and
 * text, the document regenerated around the tables as printed (so every sentence agrees with them),
 * and the 更正说明 listing each finding of the published text with the sentence that replaces it.
 */
public final class Corrector {
  private final Editions editions;

  public Corrector() {
    this(Editions.installed());
  }

  public Corrector(Editions editions) {
    this.editions = Objects.requireNonNull(editions, "editions");
  }

  /** The corrected document and its 更正说明. */
  public Correction correct(PublishedReport report) {
    Edition edition = ReportEdition.of(report, editions).edition();
    CheckResult audit = new ReportAuditor(editions).audit(report);
    ReportRecovery.Recovered recovered = ReportRecovery.recover(report, edition);
    TableSet printed = completed(report.tables(), recovered, edition);
    DisclosureDocument doc =
        new DocumentAssembler(editions)
            .assemble(recovered.accounts(), edition, printed, Unstated.LEAVE_OUT);
    List<Section> corrected = new ArrayList<>();
    doc.text().parts().forEach(n -> corrected.addAll(n.sections()));
    List<CorrectionNote.Change> changes = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    List<String> todo = new ArrayList<>();
    Map<String, CorrectionNote.Change> bySentence = new LinkedHashMap<>();
    for (Finding f : audit.sorted()) {
      if (f.severity() == Severity.INFO) {
        continue;
      }
      if (f.location() instanceof Location.Narrative n) {
        String after = replacement(n, corrected);
        CorrectionNote.Change c =
            new CorrectionNote.Change(
                n.section(),
                n.sentence(),
                after,
                f.rule().value(),
                f.message(),
                f.severity().label());
        changes.add(c);
        bySentence.putIfAbsent(n.sentence(), c);
      } else if (f.location() instanceof Location.Cell cell) {
        kept.add(cell.describe() + "：" + f.message() + "（表格按原样公开，未改动）");
      } else if (f.rule().value().startsWith("R-") || f.rule().value().startsWith("C-")) {
        String where = f.location().describe();
        if (f.rule().value().startsWith("R-")) {
          changes.add(
              new CorrectionNote.Change(
                  where,
                  where,
                  "（按模板重新生成，已去除）",
                  f.rule().value(),
                  f.message(),
                  f.severity().label()));
        } else {
          todo.add(where + "：" + f.message());
        }
      } else {
        todo.add(f.location().describe() + "：" + f.message());
      }
    }
    audit.skipped().forEach(s -> todo.add("未能核对：" + s.description() + "（" + s.reason() + "）"));
    todo.addAll(recovered.missing());
    recovered.notes().forEach(n -> todo.add("请核对：" + n));
    doc.text().leftOut().forEach(label -> todo.add("原报告未载明“" + label + "”，更正稿中未写；只有部门能补充"));
    long pending = doc.text().sentences().stream().filter(s -> s.text().contains("【待填写")).count();
    if (pending > 0) {
      todo.add("更正稿中有 " + pending + " 处【待填写】文字，只有部门能补写");
    }
    CorrectionNote note =
        new CorrectionNote(
            recovered.accounts().department().name(),
            recovered.accounts().fiscalYear(),
            edition.info().label(),
            report.source(),
            changes,
            kept,
            todo);
    return new Correction(recovered, doc, audit, note);
  }

  /**
   * The printed tables, and where a table was not read, the one derived from what was recovered
   * (the to-do list names it).
   */
  private static TableSet completed(
      TableSet printed, ReportRecovery.Recovered recovered, Edition edition) {
    TableSet derived = edition.deriver().derive(recovered.accounts()).toWanYuan();
    Map<TableId, DisclosureTable> tables = new TreeMap<>();
    for (var layout : edition.layouts().tables()) {
      printed
          .table(layout.id())
          .filter(DisclosureTable::hasFigures)
          .or(() -> derived.table(layout.id()))
          .ifPresent(t -> tables.put(layout.id(), t));
    }
    return new TableSet(AmountUnit.WAN_YUAN, tables);
  }

  /** The sentence of the corrected text that takes the place of a published one. */
  static String replacement(Location.Narrative where, List<Section> corrected) {
    String title = normalize(where.section().replaceFirst("^\\S+\\s+", ""));
    List<Sentence> candidates = new ArrayList<>();
    for (Section s : corrected) {
      String t = normalize(s.title());
      if (!title.isEmpty() && !t.isEmpty() && (t.contains(title) || title.contains(t))) {
        candidates.addAll(s.sentences());
      }
    }
    if (candidates.isEmpty()) {
      corrected.forEach(s -> candidates.addAll(s.sentences()));
    }
    Set<String> grams = bigrams(where.sentence());
    String best = "";
    double bestScore = 0;
    for (Sentence s : candidates) {
      Set<String> other = bigrams(s.text());
      Set<String> both = new HashSet<>(grams);
      both.retainAll(other);
      Set<String> any = new HashSet<>(grams);
      any.addAll(other);
      double score = any.isEmpty() ? 0 : (double) both.size() / any.size();
      if (score > bestScore) {
        bestScore = score;
        best = s.text();
      }
    }
    return bestScore >= 0.15 ? best : "";
  }

  private static String normalize(String s) {
    return s.replaceAll("[\\s（）()、．.0-9一二三四五六七八九十]", "").replaceFirst("^(19|20)\\d{2}年度?", "");
  }

  private static Set<String> bigrams(String text) {
    String t = text.replaceAll("[\\s0-9.%，。、：；（）()]", "");
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 2 <= t.length(); i++) {
      out.add(t.substring(i, i + 2));
    }
    return out;
  }

  /**
   * A correction: the recovered dataset, the regenerated document, the published report's audit.
   */
  public record Correction(
      ReportRecovery.Recovered recovered,
      DisclosureDocument document,
      CheckResult audit,
      CorrectionNote note) {}
}
