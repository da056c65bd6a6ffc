package io.juesuan.importer;

import io.juesuan.core.audit.PublishedReport;
import io.juesuan.core.audit.PublishedReport.NameMention;
import io.juesuan.core.edition.Edition;
import io.juesuan.core.narrative.Narrative;
import io.juesuan.core.rules.Finding;
import io.juesuan.core.rules.Location;
import io.juesuan.core.rules.RuleId;
import io.juesuan.core.rules.Severity;
import io.juesuan.importer.layout.ImportLayout;
import io.juesuan.importer.layout.ImportLayouts;
import io.juesuan.importer.narrative.NarrativeReader;
import io.juesuan.importer.table.RegionFinder;
import io.juesuan.importer.table.TableReader;
import io.juesuan.importer.table.TableRegion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a document's lines (from text or PDF) into a {@link PublishedReport}: tables, narrative,
 * names, year.
 */
public final class DocumentReader {
  private static final Pattern REPORT_YEAR = Pattern.compile("((?:19|20)\\d{2})年度?部门决算");
  private static final Pattern ANY_YEAR = Pattern.compile("((?:19|20)\\d{2})年度");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern QUOTES = Pattern.compile("^[“\"]|[”\"]$");
  private static final Pattern NAME_IN_TITLE =
      Pattern.compile(
          "第一部分(.{4,40}?)(?:部门)?概况|第[二三]部分(.{4,40}?)(?:19|20)\\d{2}年度部门决算|^(.{4,40}?)(?:19|20)\\d{2}年度部门决算表");

  private DocumentReader() {}

  public static PublishedReport read(String source, List<Line> printed) {
    List<Line> lines = PrintArtifacts.remove(printed);
    StringBuilder all = new StringBuilder();
    lines.forEach(l -> all.append(l.text()).append('\n'));
    String text = all.toString();
    String compact = WHITESPACE.matcher(text).replaceAll("");
    Optional<Integer> year = year(compact);
    List<Finding> findings = new ArrayList<>();
    ImportLayout layout = ImportLayouts.choose(text);
    Edition edition = ImportLayouts.edition(layout, year);
    String layoutId = layout.score(text) == 0 ? "unknown" : edition.id();
    if (year.isEmpty()) {
      findings.add(
          Finding.of(
              RuleId.of("IMPORT-YEAR"),
              Severity.WARNING,
              new Location.Part("全文"),
              "未能读出报告所属年度，按版本 " + edition.info().label() + " 的表样和科目审核"));
    }
    List<TableRegion> regions = RegionFinder.find(lines, layout);
    TableReader.Read tables = TableReader.readRegions(regions, layout, edition);
    findings.addAll(tables.findings());
    List<NameMention> names = new ArrayList<>(tables.departments());
    names.addAll(namesInTitles(lines));
    Narrative narrative = NarrativeReader.read(outsideTables(lines, regions));
    return new PublishedReport(
        source,
        layoutId,
        year,
        tables.tables(),
        tables.presence(),
        narrative,
        text,
        names,
        findings,
        tables.inDoubt());
  }

  /**
   * The report's year: the one most often stated as "NNNN年度部门决算" (a single wrong one, say on the
   * cover, is a defect to report, not the year); else the most frequent "NNNN年度".
   */
  static Optional<Integer> year(String compact) {
    Optional<Integer> stated = mostFrequent(REPORT_YEAR.matcher(compact));
    return stated.isPresent() ? stated : mostFrequent(ANY_YEAR.matcher(compact));
  }

  private static Optional<Integer> mostFrequent(Matcher m) {
    Map<Integer, Integer> counts = new LinkedHashMap<>();
    while (m.find()) {
      counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
    }
    Optional<Integer> best = Optional.empty();
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      if (best.isEmpty() || e.getValue() > counts.get(best.get())) {
        best = Optional.of(e.getKey());
      }
    }
    return best;
  }

  private static List<NameMention> namesInTitles(List<Line> lines) {
    List<NameMention> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      boolean part = lines.get(i).compact().startsWith("第");
      String joined = lines.get(i).compact() + (part ? nextNonEmpty(lines, i) : "");
      Matcher m = NAME_IN_TITLE.matcher(joined);
      // every title NAME_IN_TITLE reads names a 部分 or a 决算表: other lines need no search
      if ((joined.contains("部分") || joined.contains("年度部门决算表")) && m.find()) {
        if (part) {
          i = skipNextNonEmpty(lines, i);
        }
        String name =
            m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        name = QUOTES.matcher(name).replaceAll("");
        if (!name.contains("部分") && !name.contains("、")) {
          out.add(new NameMention(name, "第" + (i + 1) + "行 标题"));
        }
      }
    }
    return out;
  }

  private static int skipNextNonEmpty(List<Line> lines, int i) {
    for (int j = i + 1; j < Math.min(lines.size(), i + 4); j++) {
      if (!lines.get(j).compact().isEmpty()) {
        return j;
      }
    }
    return i;
  }

  private static String nextNonEmpty(List<Line> lines, int i) {
    for (int j = i + 1; j < Math.min(lines.size(), i + 4); j++) {
      if (!lines.get(j).compact().isEmpty()) {
        return lines.get(j).compact();
      }
    }
    return "";
  }

  private static List<Line> outsideTables(List<Line> lines, List<TableRegion> regions) {
    boolean[] inTable = new boolean[lines.size()];
    for (TableRegion r : regions) {
      for (int i = r.firstLine(); i < r.endLine(); i++) {
        inTable[i] = true;
      }
    }
    List<Line> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!inTable[i]) {
        out.add(lines.get(i));
      }
    }
    return out;
  }
}
