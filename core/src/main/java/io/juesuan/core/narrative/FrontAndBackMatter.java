package io.juesuan.core.narrative;

import io.juesuan.core.report.GlossaryTerm;
import io.juesuan.core.report.KeyWork;
import io.juesuan.core.report.Unit;
import io.juesuan.core.table.RowKind;
import io.juesuan.core.table.TableRow;
import java.util.ArrayList;
import java.util.List;

/** 第一部分 部门概况, 第四部分 重点工作, 第五部分 名词解释 (with the 项 the department used). */
final class FrontAndBackMatter {
  private final WritingContext c;

  FrontAndBackMatter(WritingContext c) {
    this.c = c;
  }

  Narrative overview() {
    List<Sentence> duties = new ArrayList<>();
    List<String> texts = c.accounts.department().duties();
    for (int i = 0; i < texts.size(); i++) {
      duties.add(c.sentence("overview.duty", "n", i + 1, "text", texts.get(i).strip()));
    }
    if (duties.isEmpty()) {
      duties.add(c.sentence("overview.duties.none", "pending", c.cite.pending("部门主要职责")));
    }
    List<Sentence> units = new ArrayList<>();
    int subordinate = c.accounts.department().subordinateUnits().size();
    units.add(
        subordinate == 0
            ? c.sentence("overview.units.single", "department", c.department())
            : c.sentence(
                "overview.units.composition", "department", c.department(), "n", subordinate));
    units.add(c.sentence("overview.units.intro", "department", c.department(), "year", c.year()));
    List<Unit> all = c.accounts.department().units();
    for (int i = 0; i < all.size(); i++) {
      units.add(c.sentence("overview.unit", "n", i + 1, "name", all.get(i).name()));
    }
    return new Narrative(
        List.of(
            new Section("概况一", c.text("overview.duties.title"), duties),
            new Section("概况二", c.text("overview.units.title"), units)));
  }

  Narrative keyWork() {
    List<KeyWork> works = c.accounts.explanations().keyWorks();
    List<Sentence> s = new ArrayList<>();
    for (int i = 0; i < works.size(); i++) {
      KeyWork w = works.get(i);
      s.add(
          c.sentence(
              "keywork.item",
              "n",
              i + 1,
              "title",
              Citations.trimStop(w.title()),
              "content",
              Citations.trimStop(w.content()),
              "result",
              Citations.trimStop(w.result())));
    }
    if (s.isEmpty()) {
      s.add(c.sentence("keywork.none", "year", c.year()));
    }
    return new Narrative(List.of(new Section("重点工作", "", s)));
  }

  Narrative glossary() {
    List<Sentence> s = new ArrayList<>();
    int n = 0;
    int codesAfter =
        c.wording.has("glossary.codes.after")
            ? Integer.parseInt(c.text("glossary.codes.after"))
            : -1;
    for (int i = 1; c.wording.templates().containsKey("glossary.std." + i); i++) {
      String[] entry = c.text("glossary.std." + i).split("\\|", 2);
      s.add(
          c.sentence("glossary.term", "n", chinese(++n), "term", entry[0], "definition", entry[1]));
      if (i == codesAfter) {
        s.add(c.sentence("glossary.codes", "n", chinese(++n)));
        int k = 0;
        for (TableRow row : c.table("03").rows()) {
          if (row.kind() == RowKind.ITEM) {
            String code = row.no().value();
            s.add(
                c.sentence(
                    "glossary.code",
                    "n",
                    ++k,
                    "category",
                    c.codeName("03", code.substring(0, 3)),
                    "section",
                    c.codeName("03", code.substring(0, 5)),
                    "item",
                    row.label()));
          }
        }
      }
    }
    for (GlossaryTerm t : c.accounts.explanations().glossary()) {
      s.add(
          c.sentence(
              "glossary.term", "n", chinese(++n), "term", t.term(), "definition", t.definition()));
    }
    return new Narrative(List.of(new Section("名词解释", "", s)));
  }

  static String chinese(int n) {
    return ChineseNumerals.of(n);
  }
}
