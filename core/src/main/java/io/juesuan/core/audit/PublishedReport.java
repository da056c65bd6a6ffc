package io.juesuan.core.audit;

import io.juesuan.core.narrative.Narrative;
import io.juesuan.core.rules.Finding;
import io.juesuan.core.table.DisclosureTable;
import io.juesuan.core.table.TableId;
import io.juesuan.core.table.TableSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * 已公开的部门决算 — a published report as it was read from its PDF or text: the tables found (in 万元), the
 * narrative, which tables had a title and which had figures, the department names and fiscal year
 * printed, and what the reader could not read (as findings).
 *
 * @param source file name shown in findings
 * @param layout id of the import layout that was recognised ("unknown" when none)
 * @param fiscalYear the year the report is about, when printed
 * @param text the whole text, whitespace as read (for template-residue checks)
 * @param departmentNames every place a department name was printed (headers, titles)
 * @param readFindings what could not be read or placed (ambiguous columns, unknown rows …)
 * @param inDoubt tables whose reading did not reconcile with their own printed totals (or left
 *     values unplaced): every check that reads their cells is reported as not run (未能核对), never as
 *     an error
 */
public record PublishedReport(
    String source,
    String layout,
    Optional<Integer> fiscalYear,
    TableSet tables,
    List<TablePresence> presence,
    Narrative narrative,
    String text,
    List<NameMention> departmentNames,
    List<Finding> readFindings,
    Set<TableId> inDoubt) {

  public PublishedReport {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(fiscalYear, "fiscalYear");
    Objects.requireNonNull(tables, "tables");
    presence = List.copyOf(presence);
    Objects.requireNonNull(narrative, "narrative");
    Objects.requireNonNull(text, "text");
    departmentNames = List.copyOf(departmentNames);
    readFindings = List.copyOf(readFindings);
    inDoubt = Set.copyOf(inDoubt);
  }

  /** A report every table of which was read with confidence. */
  public PublishedReport(
      String source,
      String layout,
      Optional<Integer> fiscalYear,
      TableSet tables,
      List<TablePresence> presence,
      Narrative narrative,
      String text,
      List<NameMention> departmentNames,
      List<Finding> readFindings) {
    this(
        source,
        layout,
        fiscalYear,
        tables,
        presence,
        narrative,
        text,
        departmentNames,
        readFindings,
        Set.of());
  }

  /** The tables without those in doubt: the cells checks may judge. */
  public TableSet trustedTables() {
    if (inDoubt.isEmpty()) {
      return tables;
    }
    Map<TableId, DisclosureTable> kept = new TreeMap<>();
    tables.tables().stream()
        .filter(t -> !inDoubt.contains(t.id()))
        .forEach(t -> kept.put(t.id(), t));
    return new TableSet(tables.unit(), kept);
  }

  /** The department's name: the one printed most often in table headers and titles. */
  public Optional<String> department() {
    return departmentNames.stream()
        .collect(
            java.util.stream.Collectors.groupingBy(
                NameMention::name,
                java.util.LinkedHashMap::new,
                java.util.stream.Collectors.counting()))
        .entrySet()
        .stream()
        .max(java.util.Map.Entry.comparingByValue())
        .map(java.util.Map.Entry::getKey);
  }

  public Optional<TablePresence> presence(io.juesuan.core.table.TableId id) {
    return presence.stream().filter(p -> p.table().equals(id)).findFirst();
  }

  /** A department name as printed, and where ("公开01表 表头", "第一部分 标题"). */
  public record NameMention(String name, String where) {
    public NameMention {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(where, "where");
    }
  }
}
