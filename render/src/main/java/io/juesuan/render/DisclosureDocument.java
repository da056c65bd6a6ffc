package io.juesuan.render;

import io.juesuan.core.edition.Edition;
import io.juesuan.core.narrative.FigureResolver;
import io.juesuan.core.narrative.ReportText;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.table.TableSet;
import io.juesuan.render.grid.TableBlock;
import java.util.List;
import java.util.Objects;

/**
 * The assembled disclosure document of a department-year: the published tables (万元), the generated
 * text, and the blocks every format renders. {@code title} is the document's title.
 */
public record DisclosureDocument(
    FinalAccounts accounts,
    TableSet tables,
    ReportText text,
    FigureResolver resolver,
    String title,
    List<Block> blocks,
    Edition edition) {
  public DisclosureDocument {
    Objects.requireNonNull(accounts, "accounts");
    Objects.requireNonNull(tables, "tables");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(resolver, "resolver");
    Objects.requireNonNull(title, "title");
    blocks = List.copyOf(blocks);
    Objects.requireNonNull(edition, "edition");
  }

  /** The nine 公开表 blocks, in order. */
  public List<TableBlock> tableBlocks() {
    return blocks.stream()
        .filter(b -> b instanceof Block.Table)
        .map(b -> ((Block.Table) b).table())
        .toList();
  }

  /** The other tables (自评表, 明细表). */
  public List<Block.Form> forms() {
    return blocks.stream().filter(b -> b instanceof Block.Form).map(b -> (Block.Form) b).toList();
  }
}
