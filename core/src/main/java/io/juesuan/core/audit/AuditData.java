package io.juesuan.core.audit;

import io.juesuan.core.JuesuanException;
import io.juesuan.core.rules.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The auditor's data: section requirements, narrative claims and template-residue patterns
 * (resources under audit/).
 */
final class AuditData {
  private static final String ROOT = "/io/juesuan/core/audit/";
  static final List<SectionRule> SECTIONS =
      load("sections.txt", 4, 4).stream()
          .map(f -> new SectionRule(f[0], Pattern.compile(f[1]), f[2].equals("required"), f[3]))
          .toList();
  static final List<Claim> CLAIMS =
      load("claims.txt", 6, 7).stream()
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
  static final List<Residue> RESIDUE =
      load("residue.txt", 4, 4).stream()
          .map(f -> new Residue(f[0], Severity.ofCode(f[1]), Pattern.compile(f[2]), f[3]))
          .toList();

  private AuditData() {}

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

  /** A template-residue pattern. */
  record Residue(String id, Severity severity, Pattern pattern, String message) {}

  private static Optional<String> opt(String s) {
    return s.equals("-") ? Optional.empty() : Optional.of(s);
  }

  private static List<String[]> load(String name, int fields, int maxFields) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = AuditData.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new JuesuanException("找不到审核资源 " + ROOT + name);
      }
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank() || lines[i].startsWith("#")) {
          continue;
        }
        String[] f = lines[i].split("\t");
        if (f.length < fields || f.length > maxFields) {
          throw new JuesuanException(ROOT + name + " 第" + (i + 1) + "行: 应有" + fields + "个字段");
        }
        out.add(f);
      }
    } catch (IOException e) {
      throw new JuesuanException("读取审核资源失败 " + name, e);
    }
    return out;
  }
}
