package io.juesuan.importer.pdf;

import io.juesuan.core.rules.Finding;
import io.juesuan.core.rules.Location;
import io.juesuan.core.rules.RuleId;
import io.juesuan.core.rules.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What PDFBox complained about while one document was read, captured instead of printed: its
 * warnings and errors (a damaged content stream, a missing operand, a broken font table) are
 * counted per page and become at most one finding per damaged page ("第12页内容损坏，部分文字无法读取") and one
 * for the file's structure; the messages themselves go to a debug log only when one is set ({@code
 * audit --debug}). Library logging reaches {@link CapturedLog} through commons-logging (see {@link
 * #install()}); a document's capture is bound to the thread that reads it.
 */
public final class PdfDiagnostics implements AutoCloseable {
  /** The rule id of a damaged page or damaged file structure. */
  public static final RuleId DAMAGED = RuleId.of("IMPORT-DAMAGED");

  private static final ThreadLocal<PdfDiagnostics> CURRENT = new ThreadLocal<>();
  private static volatile Path debugLog;

  private final String source;
  private final PdfDiagnostics outer;
  private int page;
  private final Map<Integer, Integer> problemsByPage = new LinkedHashMap<>();
  private final Map<Integer, String> firstByPage = new LinkedHashMap<>();
  private final StringBuilder debug = new StringBuilder();
  private final SortedSet<Integer> fontPages = new TreeSet<>();
  private final Map<Integer, Integer> unmappedByPage = new LinkedHashMap<>();
  private String firstFontProblem;
  private int fontProblems;

  /**
   * Glyphs without a Unicode mapping on one page beyond which the page's font data is taken as
   * damaged: a sound PDF may lack a mapping for a few symbols, not for a page of text.
   */
  private static final int UNMAPPED_GLYPHS = 20;

  private PdfDiagnostics(String source, PdfDiagnostics outer) {
    this.source = source;
    this.outer = outer;
  }

  /**
   * Routes commons-logging (PDFBox's logging) to {@link CapturedLog}, unless a logging setup was
   * chosen explicitly ({@code -Dorg.apache.commons.logging.LogFactory=…} or {@code …Log=…}). Must
   * run before PDFBox's classes are first loaded to take effect for them; harmless afterwards.
   */
  public static void install() {
    if (System.getProperty("org.apache.commons.logging.LogFactory") == null
        && System.getProperty("org.apache.commons.logging.Log") == null) {
      System.setProperty(
          "org.apache.commons.logging.LogFactory",
          "org.apache.commons.logging.impl.LogFactoryImpl");
      System.setProperty("org.apache.commons.logging.Log", CapturedLog.class.getName());
    }
  }

  /** Appends the library messages of every document read from now on to {@code file}. */
  public static void debugTo(Path file) {
    debugLog = file;
  }

  /** Starts capturing for a document read on this thread; close it when the reading ends. */
  static PdfDiagnostics open(String source) {
    install();
    PdfDiagnostics d = new PdfDiagnostics(source, CURRENT.get());
    CURRENT.set(d);
    return d;
  }

  /** The page being read from now on (0 while the file's structure is read). */
  void page(int number) {
    this.page = number;
  }

  /** An error of the library while this thread reads a document: the page is damaged. */
  static void record(String level, String logger, Object message, Throwable t) {
    PdfDiagnostics d = CURRENT.get();
    if (d == null) {
      return;
    }
    if (d.page > 0 && isFont(logger, message)) {
      d.fontPages.add(d.page);
      d.fontProblems++;
      if (d.firstFontProblem == null) {
        d.firstFontProblem = String.valueOf(message);
      }
    } else {
      d.problemsByPage.merge(d.page, 1, Integer::sum);
      d.firstByPage.putIfAbsent(d.page, String.valueOf(message));
    }
    d.debug(level, logger, message, t);
  }

  /** How many errors of the library were about a font so far. */
  int fontProblems() {
    return fontProblems;
  }

  /** A font whose parsing was complained about is used again on the page being read. */
  void damagedFontUsed() {
    if (page > 0) {
      fontPages.add(page);
    }
  }

  /** A damaged font (an object shared by pages) rather than a page's own content. */
  private static boolean isFont(String logger, Object message) {
    String l = logger.toLowerCase(java.util.Locale.ROOT);
    String m = String.valueOf(message);
    return l.contains("fontbox")
        || l.contains(".font")
        || l.contains("cmap")
        || m.contains("CMap")
        || m.contains(" font ");
  }

  /** A warning of the library (a font fallback, a lenient repair): the debug log only. */
  static void note(String level, String logger, Object message, Throwable t) {
    PdfDiagnostics d = CURRENT.get();
    if (d != null) {
      if (d.page > 0 && String.valueOf(message).startsWith("No Unicode mapping")) {
        int n = d.unmappedByPage.merge(d.page, 1, Integer::sum);
        if (n == UNMAPPED_GLYPHS) {
          d.fontPages.add(d.page);
          if (d.firstFontProblem == null) {
            d.firstFontProblem = "第" + d.page + "页有 " + n + " 个以上的字形没有文字映射";
          }
        }
      }
      d.debug(level, logger, message, t);
    }
  }

  private void debug(String level, String logger, Object message, Throwable t) {
    PdfDiagnostics d = this;
    if (debugLog != null && d.debug.length() < 1_000_000) {
      d.debug
          .append(level)
          .append(' ')
          .append(logger)
          .append(" [")
          .append(d.page == 0 ? "文件结构" : "第" + d.page + "页")
          .append("] ")
          .append(message)
          .append('\n');
      if (t != null) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        d.debug.append(w);
      }
    }
  }

  /** The pages PDFBox reported as damaged, in order. */
  public SortedSet<Integer> damagedPages() {
    SortedSet<Integer> s = new TreeSet<>(problemsByPage.keySet());
    s.remove(0);
    return s;
  }

  /**
   * At most one finding per damaged page (none for a page already reported otherwise) and one for
   * the file's structure, each naming the first problem the library met.
   */
  List<Finding> findings(SortedSet<Integer> alreadyReported) {
    List<Finding> out = new ArrayList<>();
    SortedSet<Integer> pages = new TreeSet<>(damagedPages());
    pages.addAll(alreadyReported);
    pages.addAll(fontPages);
    if (!pages.isEmpty()) {
      out.add(
          Finding.of(
              DAMAGED,
              Severity.WARNING,
              new Location.Part("文件"),
              "本文件读取受损：第" + pages(pages) + "页的文字未能完整读取，涉及这些页的核对结果可能不完整"));
    }
    if (problemsByPage.containsKey(0)) {
      out.add(
          Finding.of(
              DAMAGED,
              Severity.WARNING,
              new Location.Part("文件结构"),
              "PDF 文件结构损坏，已尽量修复后读取（" + brief(firstByPage.get(0)) + "）"));
    }
    if (!fontPages.isEmpty()) {
      out.add(
          Finding.of(
              DAMAGED,
              Severity.WARNING,
              new Location.Part("字体"),
              "所用字体数据损坏（第"
                  + pages(fontPages)
                  + "页），这些页的部分文字可能读错或缺失（"
                  + brief(firstFontProblem)
                  + "）"));
    }
    for (int p : damagedPages()) {
      if (alreadyReported.contains(p)) {
        continue;
      }
      out.add(
          Finding.of(
              DAMAGED,
              Severity.WARNING,
              new Location.Part("第" + p + "页"),
              "第" + p + "页内容损坏，部分文字无法读取（" + brief(firstByPage.get(p)) + "）"));
    }
    return out;
  }

  private static String pages(SortedSet<Integer> pages) {
    return String.join("、", pages.stream().map(String::valueOf).toList());
  }

  /** The first problem, short: one line of at most 80 characters. */
  private static String brief(String message) {
    String m = Optional.ofNullable(message).orElse("").strip();
    int nl = m.indexOf('\n');
    if (nl >= 0) {
      m = m.substring(0, nl);
    }
    return m.length() > 80 ? m.substring(0, 80) + "…" : m;
  }

  @Override
  public void close() {
    if (outer == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(outer);
    }
    Path log = debugLog;
    if (log != null && debug.length() > 0) {
      String text = "== " + source + "\n" + debug;
      synchronized (PdfDiagnostics.class) {
        try {
          Files.writeString(
              log,
              text,
              StandardCharsets.UTF_8,
              StandardOpenOption.CREATE,
              StandardOpenOption.APPEND);
        } catch (IOException e) {
          throw new UncheckedIOException(log + ": 无法写入调试日志", e);
        }
      }
    }
  }
}
