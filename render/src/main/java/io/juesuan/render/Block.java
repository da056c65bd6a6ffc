package io.juesuan.render;

import io.juesuan.render.chart.Chart;
import io.juesuan.render.grid.Grid;
import io.juesuan.render.grid.TableBlock;
import java.util.List;

/** One block of the disclosure document, in reading order; every format renders the same blocks. */
public sealed interface Block {
  /** 封面. */
  record Cover(String department, String title, String date) implements Block {}

  /** 目录: the headings of levels 1–2 that follow. */
  record Toc(String title) implements Block {}

  /** A heading; level 1 starts a 部分 (and a new page in print). */
  record Heading(int level, String text, String anchor) implements Block {}

  /** A paragraph of generated or filed text; line breaks are kept. */
  record Paragraph(String text) implements Block {}

  /** 图N with its caption. */
  record Figure(Chart chart) implements Block {}

  /** A 公开表 in official layout. */
  record Table(TableBlock table) implements Block {}

  /** Another table (绩效自评表, 部门整体支出明细表) with its caption and header lines. */
  record Form(String caption, List<String> lines, Grid grid) implements Block {}
}
