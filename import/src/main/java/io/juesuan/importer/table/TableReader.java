package io.juesuan.importer.table;

import io.juesuan.core.audit.PublishedReport.NameMention;
import io.juesuan.core.audit.TablePresence;
import io.juesuan.core.classification.Catalog;
import io.juesuan.core.classification.EconomicCode;
import io.juesuan.core.classification.FunctionCode;
import io.juesuan.core.edition.Edition;
import io.juesuan.core.money.Amount;
import io.juesuan.core.money.AmountUnit;
import io.juesuan.core.rules.CheckContext;
import io.juesuan.core.rules.Checker;
import io.juesuan.core.rules.Finding;
import io.juesuan.core.rules.Location;
import io.juesuan.core.rules.Rule;
import io.juesuan.core.rules.RuleId;
import io.juesuan.core.rules.Severity;
import io.juesuan.core.table.ColumnLayout;
import io.juesuan.core.table.ColumnNo;
import io.juesuan.core.table.DisclosureTable;
import io.juesuan.core.table.LayoutSet;
import io.juesuan.core.table.RowKind;
import io.juesuan.core.table.RowLayout;
import io.juesuan.core.table.RowNo;
import io.juesuan.core.table.TableId;
import io.juesuan.core.table.TableKind;
import io.juesuan.core.table.TableLayout;
import io.juesuan.core.table.TableRow;
import io.juesuan.core.table.TableSet;
import io.juesuan.importer.Line;
import io.juesuan.importer.layout.ImportLayout;
import io.juesuan.importer.layout.TableSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the nine tables of a document into a {@link TableSet} in 万元. Tables are read in an order
 * that lets later ones use earlier ones to place values whose 栏次 is not printed (01, 06, 05, 07,
 * 08, 02, 03, 04, 09表).
 */
public final class TableReader {
  private static final List<String> ORDER =
      List.of("01", "06", "05", "07", "08", "02", "03", "04", "09");
  private static final RuleId IN_DOUBT = RuleId.of("IMPORT-TABLE");

  /**
   * What was read: the tables, which were present, what could not be read, department names
   * printed.
   */
  public record Read(
      TableSet tables,
      List<TablePresence> presence,
      List<Finding> findings,
      List<NameMention> departments,
      Set<TableId> inDoubt) {
    public Read {
      inDoubt = Set.copyOf(inDoubt);
    }

    public Read(
        TableSet tables,
        List<TablePresence> presence,
        List<Finding> findings,
        List<NameMention> departments) {
      this(tables, presence, findings, departments, Set.of());
    }
  }

  private TableReader() {}

  public static Read read(List<Line> lines, ImportLayout layout, Edition edition) {
    return readRegions(RegionFinder.find(lines, layout), layout, edition);
  }

  /** Reads the tables of regions already found ({@link RegionFinder#find}) in a document. */
  public static Read readRegions(List<TableRegion> found, ImportLayout layout, Edition edition) {
    LayoutSet layouts = edition.layouts();
    Catalog catalog = edition.catalog();
    Map<TableId, TableRegion> regions = new LinkedHashMap<>();
    found.forEach(r -> regions.put(r.spec().id(), r));
    Map<TableId, DisclosureTable> tables = new TreeMap<>();
    List<Finding> findings = new ArrayList<>();
    List<NameMention> names = new ArrayList<>();
    Set<TableId> inDoubt = new TreeSet<>();
    Set<TableId> figuresSeen = new TreeSet<>();
    CategoryRows categories = new CategoryRows(layouts);
    for (String id : ORDER) {
      TableId tid = TableId.of(id);
      TableRegion region = regions.get(tid);
      if (region == null) {
        continue;
      }
      region.department().ifPresent(d -> names.add(new NameMention(d, tid.label() + " 表头")));
      TableLayout tl = layouts.table(tid);
      List<Line> body = RowBands.join(region.body());
      List<Item> items =
          Tokenizer.items(byLabel(tl, region.spec()) ? LabelLines.prepare(body, tl) : body);
      List<RawRow> rows = rows(tl, region.spec(), items);
      List<String> doubts = new ArrayList<>();
      long read = items.stream().filter(i -> i.is(Item.Kind.AMOUNT)).count();
      long kept =
          rows.stream().mapToLong(r -> r.values.stream().filter(Optional::isPresent).count()).sum();
      if (read > 0) {
        figuresSeen.add(tid);
      }
      if (read > kept) {
        doubts.add("有 " + (read - kept) + " 个数值无法对应到表中的行，未导入");
      }
      Optional<ColumnPositions> positions =
          ColumnPositions.find(region.body())
              .or(
                  () ->
                      ColumnPositions.fromHeaders(
                          region.body(), tl, region.spec().columns(), layout::otherNames));
      Attempt best = null;
      for (Optional<ColumnPositions> p :
          positions.isPresent()
              ? List.of(positions, Optional.<ColumnPositions>empty())
              : List.of(positions)) {
        PlacementConstraints constraints = new PlacementConstraints(tid, tl, tables, categories);
        ColumnPlacer placer =
            new ColumnPlacer(constraints, row -> columnsOf(tl, region.spec(), row), p);
        ColumnPlacer.Result placed = placer.place(rows, tl.kind() == TableKind.CLASSIFIED);
        DisclosureTable table = build(tl, rows, placed.cells(), catalog);
        Attempt a = new Attempt(table, placed.findings(), unreconciled(table, edition));
        if (best == null || a.problems() < best.problems()) {
          best = a;
        }
        if (best.problems() == 0) {
          break;
        }
      }
      best.placement().forEach(f -> doubts.add(f.location().describe() + "：" + f.message()));
      best.unreconciled().forEach(f -> doubts.add(f.message()));
      if (!doubts.isEmpty()) {
        inDoubt.add(tid);
        findings.add(doubt(tid, doubts));
      }
      if (best.table().hasFigures() || region.emptyStatement().isPresent()) {
        tables.put(tid, best.table());
      }
    }
    List<TablePresence> presence = new ArrayList<>();
    for (TableLayout tl : layouts.tables()) {
      TableRegion r = regions.get(tl.id());
      // "no figures" only when no number was seen at all, not when they could not be placed
      boolean figures =
          figuresSeen.contains(tl.id())
              || tables.containsKey(tl.id()) && tables.get(tl.id()).hasFigures();
      presence.add(
          r == null
              ? new TablePresence(
                  tl.id(), Optional.empty(), false, Optional.empty(), Optional.empty())
              : new TablePresence(
                  tl.id(), Optional.of(r.title()), figures, r.emptyStatement(), r.titleYear()));
    }
    return new Read(inPrintedUnits(tables, regions), presence, findings, names, inDoubt);
  }

  /**
   * The tables in the unit their headers state. Figures are read as numbers; a report whose tables
   * all say 元 keeps them in 元 (its sums are exact, the narrative's 万元 are compared by rounding);
   * where only some do, those are converted to 万元, each cell rounded on its own, as the report
   * would have printed them.
   */
  static TableSet inPrintedUnits(
      Map<TableId, DisclosureTable> tables, Map<TableId, TableRegion> regions) {
    java.util.function.Predicate<TableId> inYuan =
        id ->
            regions.containsKey(id)
                && regions.get(id).unit().filter(u -> u == AmountUnit.YUAN).isPresent();
    if (tables.keySet().stream().noneMatch(inYuan)) {
      return new TableSet(AmountUnit.WAN_YUAN, tables);
    }
    boolean allYuan =
        tables.values().stream()
            .filter(DisclosureTable::hasFigures)
            .allMatch(t -> inYuan.test(t.id()));
    Map<TableId, DisclosureTable> out = new TreeMap<>();
    tables.forEach(
        (id, t) ->
            out.put(
                id,
                allYuan
                    ? t.relabelled(AmountUnit.YUAN)
                    : inYuan.test(id) ? t.relabelled(AmountUnit.YUAN).toWanYuan() : t));
    return new TableSet(allYuan ? AmountUnit.YUAN : AmountUnit.WAN_YUAN, out);
  }

  /** One reading of a table: what could not be placed, and which of its own totals it fails. */
  private record Attempt(
      DisclosureTable table, List<Finding> placement, List<Finding> unreconciled) {
    int problems() {
      return placement.size() + unreconciled.size();
    }
  }

  /**
   * The table's own printed totals it fails (errors beyond rounding of the edition's rules that
   * read this table alone).
   */
  static List<Finding> unreconciled(DisclosureTable table, Edition edition) {
    if (!table.hasFigures()) {
      return List.of();
    }
    List<Rule> own = ownRules(edition, table.id());
    TableSet alone = new TableSet(AmountUnit.WAN_YUAN, Map.of(table.id(), table));
    return new Checker(own)
            .check(CheckContext.ofTables(alone, edition.catalog(), edition.layouts()))
            .findings()
            .stream()
            .filter(f -> f.severity() == Severity.ERROR)
            .toList();
  }

  /**
   * The edition's applicable rules that read {@code table} and no other, in the edition's order.
   */
  static List<Rule> ownRules(Edition edition, TableId table) {
    return edition.rules().readingOnly(table);
  }

  private static final int DETAILS_SHOWN = 4;

  /** The one reading finding of a table in doubt: a question to the user, not a verdict. */
  private static Finding doubt(TableId tid, List<String> doubts) {
    String details =
        String.join("；", doubts.subList(0, Math.min(DETAILS_SHOWN, doubts.size())))
            + (doubts.size() > DETAILS_SHOWN ? "；等共 " + doubts.size() + " 处" : "");
    return Finding.of(
        IN_DOUBT,
        Severity.WARNING,
        new Location.Part(tid.label()),
        "读取存疑，请对照原表核实："
            + tid.label()
            + "读出的数字与本表自身的合计核对不上或未能全部定位（"
            + details
            + "）。依赖该表的表内、表间和说明核对均未进行（列为未能核对），不作为错误。");
  }

  private static boolean byLabel(TableLayout tl, TableSpec spec) {
    return tl.kind() != TableKind.CLASSIFIED
        && tl.kind() != TableKind.ECONOMIC
        && tl.rows().size() > 1
        && !spec.numbered();
  }

  private static List<RawRow> rows(TableLayout tl, TableSpec spec, List<Item> items) {
    if (tl.kind() == TableKind.CLASSIFIED) {
      return RowReader.byFunctionCode(items);
    }
    if (tl.kind() == TableKind.ECONOMIC) {
      return RowReader.byEconomicCode(items, tl);
    }
    if (tl.rows().size() <= 1) {
      return RowReader.singleRow(items);
    }
    return spec.numbered() ? RowReader.byNumber(items, tl) : RowReader.byLabel(items, tl);
  }

  /**
   * The printed columns of a row: the spec's order, restricted to the row's side in two-sided
   * tables.
   */
  static List<Optional<ColumnNo>> columnsOf(TableLayout tl, TableSpec spec, RowNo row) {
    List<ColumnNo> own =
        tl.row(row).map(tl::columnsOf).orElse(tl.columns()).stream().map(ColumnLayout::no).toList();
    if (spec.columns().isEmpty()) {
      return own.stream().map(Optional::of).toList();
    }
    List<Optional<ColumnNo>> printed =
        spec.columns().stream().filter(c -> c.isEmpty() || own.contains(c.get())).toList();
    return printed.stream().anyMatch(Optional::isPresent)
        ? printed
        : own.stream().map(Optional::of).toList();
  }

  private static DisclosureTable build(
      TableLayout tl, List<RawRow> raw, Map<RowNo, Map<ColumnNo, Amount>> cells, Catalog catalog) {
    DisclosureTable.Builder b = DisclosureTable.builder(tl.id(), AmountUnit.WAN_YUAN);
    if (tl.kind() == TableKind.CLASSIFIED) {
      b.row(new TableRow(RowNo.TOTAL, "合计", RowKind.TOTAL));
      for (RawRow r : raw) {
        if (r.key.isNumber()) {
          String name =
              FunctionCode.parse(r.key.value()).flatMap(catalog::functionName).orElse(r.label());
          b.row(new TableRow(r.key, name, RowKind.ofCode(r.key.value())));
        }
      }
    } else if (tl.kind() == TableKind.ECONOMIC) {
      Map<String, String> printed = new LinkedHashMap<>();
      raw.stream()
          .filter(r -> r.key.isNumber())
          .forEach(r -> printed.put(r.key.value(), r.label()));
      for (RowLayout r :
          tl.rowsWithCodes(
              List.copyOf(printed.keySet()),
              code ->
                  (EconomicCode.isValid(code)
                          ? catalog.economicName(EconomicCode.of(code))
                          : Optional.<String>empty())
                      .orElse(printed.getOrDefault(code, "")),
              "public")) {
        b.row(
            new TableRow(
                r.no(),
                r.label(),
                r.attribute("total").isPresent() ? RowKind.TOTAL : RowKind.ofCode(r.no().value())));
      }
    } else {
      for (RowLayout r : tl.rows()) {
        b.row(new TableRow(r.no(), r.label(), kindOf(r)));
      }
    }
    cells.forEach((row, m) -> m.forEach((c, a) -> b.put(row, c, a)));
    return b.build();
  }

  private static RowKind kindOf(RowLayout r) {
    if (r.isSpacer()) {
      return RowKind.SPACER;
    }
    return r.label().contains("合计") || r.label().contains("总计") ? RowKind.TOTAL : RowKind.LINE;
  }
}
