package io.juesuan.core.audit;

import io.juesuan.core.JuesuanException;
import io.juesuan.core.edition.Edition;
import io.juesuan.core.rules.Severity;
import io.juesuan.core.table.LayoutSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The auditor's data of an edition: section requirements, narrative claims and template-residue
 * patterns (the edition's {@code audit/sections.txt}, {@code audit/claims.txt}, {@code
 * audit/residue.txt}), with the edition's layouts and named figures to resolve the cells claims
 * name.
 */
final class AuditData {
  private static final Map<Edition, AuditData> CACHE = new ConcurrentHashMap<>();

  final List<SectionRule> sections;
  final List<Claim> claims;
  final List<Residue> residue;
  final List<ShareBase> shareBases;
  final LayoutSet layouts;
  final CellExpression cells;

  private AuditData(Edition edition) {
    this.layouts = edition.layouts();
    this.cells = new CellExpression(edition.layouts(), edition.figures());
    this.sections =
        load(edition, "audit/sections.txt", 4, 4).stream()
            .map(f -> new SectionRule(f[0], Pattern.compile(f[1]), f[2].equals("required"), f[3]))
            .toList();
    this.claims =
        load(edition, "audit/claims.txt", 6, 7).stream()
            .map(
                f ->
                    new Claim(
                        f[0],
                        Pattern.compile(f[1]),
                        f[2],
                        opt(f[3]),
                        opt(f[4]),
                        Severity.ofCode(f[5]),
                        f.length > 6 ? Optional.of(Pattern.compile(f[6])) : Optional.empty()))
            .toList();
    this.shareBases =
        edition.lines("audit/share-bases.txt").isEmpty()
            ? List.of()
            : load(edition, "audit/share-bases.txt", 2, 2).stream()
                .map(f -> new ShareBase(Pattern.compile(f[0]), f[1]))
                .toList();
    this.residue =
        load(edition, "audit/residue.txt", 4, 5).stream()
            .map(
                f ->
                    new Residue(
                        f[0],
                        Severity.ofCode(f[1]),
                        Pattern.compile(f[2]),
                        f[3],
                        f.length > 4 ? List.of(f[4].split("\\|")) : List.of()))
            .toList();
  }

  static AuditData of(Edition edition) {
    return CACHE.computeIfAbsent(edition, AuditData::new);
  }

  /** The whole a share names after 占, and its cell. */
  record ShareBase(Pattern named, String cell) {}

  /** A required section of 情况说明, recognised by its title. */
  record SectionRule(String key, Pattern title, boolean required, String name) {}

  /**
   * A figure a section cites: the words before it, the cell it must equal, its share base and
   * budget cell; when a 功能分类 name the report uses matches {@code atMostWhen}, the cell is only an
   * upper bound (机关运行经费 of a department with 事业单位 is part of its 公用经费).
   */
  record Claim(
      String section,
      Pattern subject,
      String cell,
      Optional<String> shareBase,
      Optional<String> budget,
      Severity severity,
      Optional<Pattern> atMostWhen) {}

  /**
   * A template-residue pattern, and the strings one of which every match contains ({@code needs},
   * optional): a text without any of them is not searched.
   */
  record Residue(
      String id, Severity severity, Pattern pattern, String message, List<String> needs) {
    Residue {
      needs = List.copyOf(needs);
    }

    /** Whether the pattern can match the text at all (a cheap test before the search). */
    boolean mayMatch(String text) {
      if (needs.isEmpty()) {
        return true;
      }
      for (String n : needs) {
        if (text.contains(n)) {
          return true;
        }
      }
      return false;
    }
  }

  private static Optional<String> opt(String s) {
    return s.equals("-") ? Optional.empty() : Optional.of(s);
  }

  private static List<String[]> load(Edition edition, String name, int fields, int maxFields) {
    List<String[]> out = new ArrayList<>();
    List<String> lines = edition.required(name);
    String where = edition.location() + "/" + name;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length < fields || f.length > maxFields) {
        throw new JuesuanException(where + " 第" + (i + 1) + "行: 应有" + fields + "个字段");
      }
      out.add(f);
    }
    return out;
  }
}
