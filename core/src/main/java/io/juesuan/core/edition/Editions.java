package io.juesuan.core.edition;

import io.juesuan.core.JuesuanException;
import io.juesuan.core.report.FinalAccounts;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The editions Juesuan knows, found by scanning — never listed in Java: every folder under {@code
 * io/juesuan/core/editions/} on the classpath that holds an {@code edition.properties}, and the
 * folders named by the system property {@code juesuan.editions} or the environment variable {@code
 * JUESUAN_EDITIONS} (paths separated by the platform's path separator; each an edition folder or a
 * folder of them; an edition found there replaces a built-in one of the same id).
 */
public final class Editions {
  static final String ROOT = "io/juesuan/core/editions";
  private static volatile Editions installed;

  private final Map<String, Edition> byId;

  private Editions(Map<String, Edition> byId) {
    this.byId = byId;
  }

  /** The built-in editions plus those of {@code juesuan.editions} / {@code JUESUAN_EDITIONS}. */
  public static Editions installed() {
    Editions e = installed;
    if (e == null) {
      synchronized (Editions.class) {
        e = installed;
        if (e == null) {
          e = load(configuredFolders());
          installed = e;
        }
      }
    }
    return e;
  }

  /** The built-in editions plus those in the given folders. */
  public static Editions load(List<Path> folders) {
    Map<String, Candidate> found = new LinkedHashMap<>();
    ClassLoader loader = Editions.class.getClassLoader();
    for (String id : classpathIds(loader)) {
      EditionSource source = new EditionSource.Classpath(loader, ROOT + "/" + id);
      found.putIfAbsent(id, candidate(id, source));
    }
    for (Path folder : folders) {
      for (Path dir : editionFolders(folder)) {
        String id = dir.getFileName().toString();
        found.put(id, candidate(id, new EditionSource.Directory(dir)));
      }
    }
    Map<String, Edition> built = new LinkedHashMap<>();
    for (String id : found.keySet()) {
      build(id, found, built, new ArrayList<>());
    }
    Map<String, Edition> ordered = new LinkedHashMap<>();
    built.values().stream()
        .sorted(
            Comparator.comparingInt(Edition::fiscalYear)
                .thenComparing(e -> e.info().region().isEmpty() ? 0 : 1)
                .thenComparing(Edition::id))
        .forEach(e -> ordered.put(e.id(), e));
    return new Editions(ordered);
  }

  /** Every edition, by year, national before regional. */
  public List<Edition> all() {
    return List.copyOf(byId.values());
  }

  public Optional<Edition> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The edition of that id, or a Chinese error listing the editions there are. */
  public Edition get(String id) {
    return find(id)
        .orElseThrow(() -> new EditionNotFoundException("没有版本 " + id + "。" + available()));
  }

  /**
   * The edition a department-year is checked and printed in: the one it names, else the most
   * specific edition of its fiscal year that serves its region (a regional edition before the
   * national one). Never a nearby year: without an edition for the year the error lists them.
   */
  public Edition choose(Optional<String> named, String region, int fiscalYear) {
    if (named.isPresent() && !named.get().isBlank()) {
      Edition e = get(named.get().trim());
      if (e.fiscalYear() != fiscalYear) {
        throw new EditionNotFoundException(
            "版本 "
                + e.info().label()
                + " 适用于"
                + e.fiscalYear()
                + "年度，数据为"
                + fiscalYear
                + "年度。"
                + available());
      }
      return e;
    }
    return byId.values().stream()
        .filter(e -> e.fiscalYear() == fiscalYear && e.info().serves(region))
        .max(Comparator.comparingInt(e -> e.info().region().length()))
        .orElseThrow(
            () ->
                new EditionNotFoundException(
                    "没有适用于"
                        + (region.isBlank() ? "" : region + " ")
                        + fiscalYear
                        + "年度的版本。"
                        + available()
                        + "新的年度或地区只需增加一个版本文件夹，见 docs/editions.md"));
  }

  /** The edition a dataset names, or the one of its region and year. */
  public Edition forAccounts(FinalAccounts accounts) {
    return choose(accounts.edition(), accounts.department().region(), accounts.fiscalYear());
  }

  /** "可用的版本：national-2023（全国通用 2023年度）、…。". */
  public String available() {
    StringBuilder b = new StringBuilder("可用的版本：");
    List<String> items = new ArrayList<>();
    for (Edition e : byId.values()) {
      items.add(e.id() + "（" + e.info().name() + "）");
    }
    b.append(items.isEmpty() ? "无" : String.join("、", items)).append("。");
    return b.toString();
  }

  private record Candidate(EditionInfo info, EditionSource source) {}

  private static Candidate candidate(String folderName, EditionSource source) {
    List<String> lines =
        source
            .lines("edition.properties")
            .orElseThrow(
                () ->
                    new JuesuanException("版本文件夹 " + source.location() + " 缺少 edition.properties"));
    Properties p = new Properties();
    try {
      p.load(new StringReader(String.join("\n", lines)));
    } catch (IOException e) {
      throw new JuesuanException(source.location() + "/edition.properties 无法读取: " + e.getMessage());
    }
    String where = source.location() + "/edition.properties";
    String id = p.getProperty("id", folderName).trim();
    if (!id.equals(folderName)) {
      throw new JuesuanException(where + ": id " + id + " 应与文件夹名 " + folderName + " 相同");
    }
    String year = p.getProperty("year", "").trim();
    if (!year.matches("\\d{4}")) {
      throw new JuesuanException(where + ": year 应为四位年度，实为“" + year + "”");
    }
    String base = p.getProperty("base", "").trim();
    try {
      return new Candidate(
          new EditionInfo(
              id,
              p.getProperty("name", id).trim(),
              p.getProperty("region", "").trim(),
              Integer.parseInt(year),
              base.isEmpty() ? Optional.empty() : Optional.of(base),
              p.getProperty("note", "").trim()),
          source);
    } catch (IllegalArgumentException e) {
      throw new JuesuanException(where + ": " + e.getMessage(), e);
    }
  }

  private static Edition build(
      String id, Map<String, Candidate> found, Map<String, Edition> built, List<String> path) {
    Edition done = built.get(id);
    if (done != null) {
      return done;
    }
    Candidate c = found.get(id);
    if (path.contains(id)) {
      throw new JuesuanException("版本的基础版本形成循环: " + String.join(" → ", path) + " → " + id);
    }
    path.add(id);
    Optional<Edition> base = Optional.empty();
    if (c.info().base().isPresent()) {
      String b = c.info().base().get();
      if (!found.containsKey(b)) {
        throw new JuesuanException(
            c.source().location() + "/edition.properties: 基础版本 " + b + " 不存在");
      }
      base = Optional.of(build(b, found, built, path));
    }
    path.remove(id);
    Edition e = new Edition(c.info(), c.source(), base);
    built.put(id, e);
    return e;
  }

  private static List<Path> configuredFolders() {
    String value = System.getProperty("juesuan.editions");
    if (value == null || value.isBlank()) {
      value = System.getenv("JUESUAN_EDITIONS");
    }
    List<Path> out = new ArrayList<>();
    if (value != null && !value.isBlank()) {
      for (String p : value.split(File.pathSeparator)) {
        if (!p.isBlank()) {
          out.add(Paths.get(p.trim()));
        }
      }
    }
    return out;
  }

  private static List<Path> editionFolders(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new JuesuanException("版本文件夹不存在: " + folder);
    }
    if (Files.isRegularFile(folder.resolve("edition.properties"))) {
      return List.of(folder);
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(d -> Files.isRegularFile(d.resolve("edition.properties"))).sorted().toList();
    } catch (IOException e) {
      throw new JuesuanException("无法读取版本文件夹 " + folder + ": " + e.getMessage(), e);
    }
  }

  private static TreeSet<String> classpathIds(ClassLoader loader) {
    TreeSet<String> ids = new TreeSet<>();
    try {
      Enumeration<URL> roots = loader.getResources(ROOT);
      while (roots.hasMoreElements()) {
        URL url = roots.nextElement();
        if (url.getProtocol().equals("file")) {
          try (Stream<Path> s = Files.list(Paths.get(url.toURI()))) {
            s.filter(Files::isDirectory).forEach(d -> ids.add(d.getFileName().toString()));
          }
        } else if (url.getProtocol().equals("jar")) {
          JarURLConnection c = (JarURLConnection) url.openConnection();
          c.setUseCaches(false);
          try (JarFile jar = c.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            String prefix = ROOT + "/";
            while (entries.hasMoreElements()) {
              String name = entries.nextElement().getName();
              if (name.startsWith(prefix) && name.endsWith("/edition.properties")) {
                String rest = name.substring(prefix.length());
                if (rest.indexOf('/') == rest.lastIndexOf('/')) {
                  ids.add(rest.substring(0, rest.indexOf('/')));
                }
              }
            }
          }
        }
      }
    } catch (IOException | URISyntaxException e) {
      throw new JuesuanException("无法列出内置版本: " + e.getMessage(), e);
    }
    return ids;
  }
}
