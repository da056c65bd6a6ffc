package io.juesuan.render;

import io.juesuan.core.edition.Edition;
import io.juesuan.core.edition.Editions;
import io.juesuan.core.narrative.FigureResolver;
import io.juesuan.core.narrative.Narrative;
import io.juesuan.core.narrative.NarrativeOutline;
import io.juesuan.core.narrative.ReportText;
import io.juesuan.core.narrative.Section;
import io.juesuan.core.narrative.Sentence;
import io.juesuan.core.narrative.Unstated;
import io.juesuan.core.narrative.Wording;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.table.LayoutSet;
import io.juesuan.core.table.TableLayout;
import io.juesuan.core.table.TableSet;
import io.juesuan.render.chart.Chart;
import io.juesuan.render.chart.ChartMaker;
import io.juesuan.render.grid.DisclosureGrids;
import io.juesuan.render.grid.EvaluationGrids;
import io.juesuan.render.grid.TableBlock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts the disclosure document together in its edition's structure (the outline's parts: cover, 目录,
 * 部门概况, the tables, 情况说明 with its charts, 重点工作, 名词解释, 附件 绩效自评表 and 自评报告, as the edition has them).
 * Published figures are the derived tables rounded once to 万元.
 */
public final class DocumentAssembler {
  private final Editions editions;

  public DocumentAssembler() {
    this(Editions.installed());
  }

  public DocumentAssembler(Editions editions) {
    this.editions = editions;
  }

  public DisclosureDocument assemble(FinalAccounts accounts) {
    return assemble(accounts, editions.forAccounts(accounts));
  }

  public DisclosureDocument assemble(FinalAccounts accounts, Edition edition) {
    return assemble(accounts, edition, edition.deriver().derive(accounts).toWanYuan());
  }

  /**
   * The document around tables given as printed (a corrected report keeps its published tables):
   * the text, charts and forms are written from these tables.
   */
  public DisclosureDocument assemble(FinalAccounts accounts, Edition edition, TableSet tables) {
    return assemble(accounts, edition, tables, Unstated.ASK);
  }

  /**
   * The document around tables given as printed, with what the data does not have either asked for
   * (【待填写】) or left out of the text ({@link Unstated}).
   */
  public DisclosureDocument assemble(
      FinalAccounts accounts, Edition edition, TableSet tables, Unstated unstated) {
    int year = accounts.fiscalYear();
    LayoutSet layouts = edition.layouts();
    ReportText text = edition.writer().write(accounts, tables, unstated);
    Wording w = edition.wording();
    NarrativeOutline outline = edition.outline();
    FigureResolver resolver = new FigureResolver(accounts, tables, layouts, edition.figures());
    List<Chart> charts = new ChartMaker(resolver, layouts, w, year).charts(outline.charts());
    Map<String, Integer> chartAfter = new HashMap<>();
    for (int i = 0; i < outline.charts().size(); i++) {
      chartAfter.put(outline.idOf(outline.charts().get(i)), i + 1);
    }
    String dept = accounts.department().name();
    String y = Integer.toString(year);
    Blocks b = new Blocks();
    String title = dept + y + "年度部门决算";
    b.add(
        new Block.Cover(
            dept,
            y + "年度部门决算",
            accounts.explanations().reportDate().map(DocumentAssembler::chineseDate).orElse("")));
    b.add(new Block.Toc("目录"));
    for (NarrativeOutline.Part part : outline.parts()) {
      b.heading(1, text.partTitle(part.key()).orElseThrow());
      switch (part.key()) {
        case "overview" -> b.narrative(text.overview(), Map.of(), charts);
        case "tables" -> tables(b, layouts, tables, w, dept, year);
        case "explanation" -> b.narrative(text.explanation(), chartAfter, charts);
        case "keyWork" -> b.narrative(text.keyWork(), Map.of(), charts);
        case "glossary" -> b.narrative(text.glossary(), Map.of(), charts);
        case "annex" -> annex(b, accounts, resolver, text, w, dept, y, charts);
        default -> throw new IllegalStateException("报告结构中的部分未知: " + part.key());
      }
    }
    return new DisclosureDocument(accounts, tables, text, resolver, title, b.blocks, edition);
  }

  private static void tables(
      Blocks b, LayoutSet layouts, TableSet tables, Wording w, String dept, int year) {
    for (TableLayout layout : layouts.tables()) {
      var table = tables.table(layout.id()).orElseThrow();
      List<String> notes = new ArrayList<>(layout.notes());
      notes.addAll(layout.formulas());
      TableBlock block =
          new TableBlock(
              layout.id().value(),
              layout.titleFor(year),
              layout.printedLabel().orElse(""),
              fill(w, "table.department", "department", dept),
              w.text("table.unit"),
              DisclosureGrids.of(layout, table),
              notes,
              table.hasFigures()
                  ? Optional.empty()
                  : layout
                      .emptyStatementFor(dept)
                      .map(s -> fill(w, "table.empty", "statement", s)));
      b.add(new Block.Table(block));
    }
  }

  private static void annex(
      Blocks b,
      FinalAccounts accounts,
      FigureResolver resolver,
      ReportText text,
      Wording w,
      String dept,
      String y,
      List<Chart> charts) {
    b.heading(2, fill(w, "annex.form.title", "year", y, "department", dept));
    EvaluationGrids grids = new EvaluationGrids(accounts, resolver);
    b.add(
        new Block.Form(
            fill(w, "form.caption", "year", y, "department", dept),
            List.of(
                fill(
                    w,
                    "form.header",
                    "department",
                    dept,
                    "date",
                    accounts
                        .evaluation()
                        .fillDate()
                        .map(DocumentAssembler::chineseDate)
                        .orElse(""))),
            grids.form()));
    b.heading(2, fill(w, "annex.report.title", "year", y, "department", dept));
    b.narrative(text.evaluationReport(), Map.of(), charts);
    b.afterSentence(
        "报告二", 0, new Block.Form(w.text("detail.caption"), List.of("金额单位：万元"), grids.detail()));
  }

  private static String fill(Wording w, String key, String... pairs) {
    Map<String, io.juesuan.core.narrative.Fragment> args = new java.util.HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      args.put(pairs[i], io.juesuan.core.narrative.Fragment.of(pairs[i + 1]));
    }
    return w.fill(key, args).text();
  }

  /** "2024-09-29" → "2024年9月29日". */
  static String chineseDate(String iso) {
    String[] p = iso.split("-");
    if (p.length != 3) {
      return iso;
    }
    return p[0] + "年" + Integer.parseInt(p[1]) + "月" + Integer.parseInt(p[2]) + "日";
  }

  /** Collects blocks, numbering anchors and remembering where each section's sentences went. */
  private static final class Blocks {
    final List<Block> blocks = new ArrayList<>();
    final Map<String, Integer> sentenceStart = new java.util.HashMap<>();
    int anchors;

    void add(Block block) {
      blocks.add(block);
    }

    void heading(int level, String text) {
      blocks.add(new Block.Heading(level, text, "h" + (++anchors)));
    }

    void narrative(Narrative n, Map<String, Integer> chartAfter, List<Chart> charts) {
      for (Section s : n.sections()) {
        if (!s.title().isEmpty()) {
          heading(s.id().contains("(") ? 3 : 2, s.title());
        }
        sentenceStart.put(s.id(), blocks.size());
        for (Sentence sentence : s.sentences()) {
          blocks.add(new Block.Paragraph(sentence.text()));
        }
        Integer chart = chartAfter.get(s.id());
        if (chart != null) {
          blocks.add(new Block.Figure(charts.get(chart - 1)));
        }
      }
    }

    void afterSentence(String sectionId, int sentence, Block block) {
      blocks.add(sentenceStart.get(sectionId) + sentence + 1, block);
    }
  }
}
