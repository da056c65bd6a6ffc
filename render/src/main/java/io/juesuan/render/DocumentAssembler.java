package io.juesuan.render;

import io.juesuan.core.derivation.TableDeriver;
import io.juesuan.core.narrative.FigureResolver;
import io.juesuan.core.narrative.Narrative;
import io.juesuan.core.narrative.NarrativeWriter;
import io.juesuan.core.narrative.ReportText;
import io.juesuan.core.narrative.Section;
import io.juesuan.core.narrative.Sentence;
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
import java.util.List;
import java.util.Map;

/**
 * Puts the disclosure document together (SPEC §2): cover, 目录, 第一部分 部门概况, 第二部分 the nine tables, 第三部分
 * 情况说明 with 图1–图4, 第四部分 重点工作, 第五部分 名词解释, 第六部分 附件 (绩效自评表 and 自评报告). Published figures are the
 * derived tables rounded once to 万元.
 */
public final class DocumentAssembler {
  private static final Map<String, Integer> CHART_AFTER = Map.of("一", 1, "二", 2, "三", 3, "四", 4);

  public DisclosureDocument assemble(FinalAccounts accounts) {
    int year = accounts.fiscalYear();
    LayoutSet layouts = LayoutSet.forYear(year);
    TableSet tables = TableDeriver.forYear(year).derive(accounts).toWanYuan();
    ReportText text = NarrativeWriter.forYear(year).write(accounts, tables);
    Wording w = Wording.forYear(year);
    FigureResolver resolver = new FigureResolver(accounts, tables);
    List<Chart> charts = new ChartMaker(resolver, layouts, year).all();
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
    b.heading(1, fill(w, "part1.title", "department", dept));
    b.narrative(text.overview(), Map.of(), charts);
    b.heading(1, fill(w, "part2.title", "department", dept, "year", y));
    for (TableLayout layout : layouts.tables()) {
      var table = tables.table(layout.id()).orElseThrow();
      List<String> notes = new ArrayList<>(layout.notes());
      notes.addAll(layout.formulas());
      TableBlock block =
          new TableBlock(
              layout.id().value(),
              layout.titleFor(year),
              layout.id().label(),
              fill(w, "table.department", "department", dept),
              w.text("table.unit"),
              DisclosureGrids.of(layout, table),
              notes,
              table.hasFigures()
                  ? java.util.Optional.empty()
                  : layout.emptyStatement().map(s -> fill(w, "table.empty", "statement", s)));
      b.add(new Block.Table(block));
    }
    b.heading(1, fill(w, "part3.title", "department", dept, "year", y));
    b.narrative(text.explanation(), CHART_AFTER, charts);
    b.heading(1, fill(w, "part4.title", "year", y));
    b.narrative(text.keyWork(), Map.of(), charts);
    b.heading(1, w.text("part5.title"));
    b.narrative(text.glossary(), Map.of(), charts);
    b.heading(1, w.text("part6.title"));
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
    return new DisclosureDocument(accounts, tables, text, resolver, title, b.blocks);
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
