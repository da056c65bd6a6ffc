package io.juesuan.testkit.zoo;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * PDF producers other than our own, as departments use them: Chromium printing our HTML to PDF
 * (Skia), and LibreOffice converting our DOCX (as Word/WPS users do). Both run as external
 * processes with the bundled fonts (LibreOffice through a fontconfig file that also maps 宋体/黑体 to
 * them). Where a program is not installed, {@link #available} says so and tests are skipped with a
 * message.
 */
public final class ExternalProducers {
  private static final String FONTS = "/io/juesuan/render/fonts/";
  private static final List<String> FONT_FILES =
      List.of(
          "NotoSerifSC-Regular.ttf",
          "NotoSerifSC-Bold.ttf",
          "NotoSansSC-Regular.ttf",
          "NotoSansSC-Bold.ttf",
          "JuesuanFallback-Regular.ttf");
  private static final String SERIF = "Noto Serif SC";
  private static final String SANS = "Noto Sans SC";
  private static final long TIMEOUT_SECONDS = 300;

  /** An external PDF producer. */
  public enum Producer {
    CHROMIUM("Chromium 打印为 PDF", "chromium", "chromium-browser", "google-chrome"),
    LIBREOFFICE("LibreOffice 由 DOCX 转换", "soffice", "libreoffice");

    private final String description;
    private final List<String> programs;

    Producer(String description, String... programs) {
      this.description = description;
      this.programs = List.of(programs);
    }

    public String description() {
      return description;
    }

    /** The program on the PATH, if installed. */
    public Optional<Path> executable() {
      String path = System.getenv().getOrDefault("PATH", "");
      return Arrays.stream(path.split(File.pathSeparator))
          .filter(d -> !d.isBlank())
          .flatMap(d -> programs.stream().map(n -> Path.of(d, n)))
          .filter(Files::isExecutable)
          .findFirst();
    }
  }

  private final Path work;
  private final AtomicInteger jobs = new AtomicInteger();

  private ExternalProducers(Path work) {
    this.work = work;
  }

  /** A working directory with the bundled fonts and a fontconfig file for them. */
  public static ExternalProducers create() throws IOException {
    Path work = Files.createTempDirectory("juesuan-producers");
    fontConfig(work);
    return new ExternalProducers(work);
  }

  public static boolean available(Producer p) {
    return p.executable().isPresent();
  }

  /** Our screen HTML (fonts inlined) printed to PDF by headless Chromium. */
  public byte[] chromium(String html) throws IOException, InterruptedException {
    Path dir = job();
    Path in = dir.resolve("report.html");
    Path out = dir.resolve("report.pdf");
    Files.writeString(in, html, StandardCharsets.UTF_8);
    run(
        dir,
        Producer.CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--user-data-dir=" + dir.resolve("profile"),
        "--no-pdf-header-footer",
        "--print-to-pdf=" + out,
        in.toUri().toString());
    return read(out, Producer.CHROMIUM);
  }

  /** A DOCX converted to PDF by LibreOffice, as a Word/WPS user prints it. */
  public byte[] libreOffice(byte[] docx) throws IOException, InterruptedException {
    Path dir = job();
    Path in = dir.resolve("report.docx");
    Files.write(in, docx);
    run(
        dir,
        Producer.LIBREOFFICE,
        "-env:UserInstallation=" + work.resolve("lo-profile").toUri(),
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir.toString(),
        in.toString());
    return read(dir.resolve("report.pdf"), Producer.LIBREOFFICE);
  }

  private Path job() throws IOException {
    return Files.createDirectories(work.resolve("job-" + jobs.incrementAndGet()));
  }

  private void run(Path dir, Producer producer, String... args)
      throws IOException, InterruptedException {
    Path program =
        producer
            .executable()
            .orElseThrow(() -> new IllegalStateException("未安装 " + producer.description()));
    List<String> command =
        Stream.concat(Stream.of(program.toString()), Arrays.stream(args)).toList();
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("producer.log").toFile());
    pb.environment().put("FONTCONFIG_FILE", work.resolve("fonts.conf").toString());
    pb.environment().put("HOME", work.toString());
    Process p = pb.start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException(producer.description() + " 超时（" + TIMEOUT_SECONDS + " 秒）");
    }
  }

  private static byte[] read(Path out, Producer producer) throws IOException {
    if (!Files.exists(out)) {
      Path log = out.resolveSibling("producer.log");
      throw new IllegalStateException(
          producer.description()
              + " 没有生成 PDF："
              + (Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : ""));
    }
    return Files.readAllBytes(out);
  }

  /**
   * Writes the bundled fonts and a fontconfig file ({@code fonts.conf}) into {@code dir}: the
   * system's configuration plus the fonts, with 宋体/SimSun mapped to the serif face and 黑体/SimHei to
   * the sans face, as a Windows user's documents name them.
   */
  public static Path fontConfig(Path dir) throws IOException {
    Path fonts = Files.createDirectories(dir.resolve("fonts"));
    for (String file : FONT_FILES) {
      try (InputStream in = ExternalProducers.class.getResourceAsStream(FONTS + file)) {
        if (in == null) {
          throw new IllegalStateException("找不到字体资源 " + FONTS + file + "（需要 render 模块在类路径上）");
        }
        Files.copy(in, fonts.resolve(file));
      }
    }
    String alias =
        "<alias binding=\"same\"><family>%s</family><prefer><family>%s</family></prefer></alias>";
    String conf =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>"
            + "<include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>"
            + "<dir>"
            + fonts
            + "</dir><cachedir>"
            + dir.resolve("fontcache")
            + "</cachedir>"
            + alias.formatted("宋体", SERIF)
            + alias.formatted("SimSun", SERIF)
            + alias.formatted("黑体", SANS)
            + alias.formatted("SimHei", SANS)
            + "</fontconfig>\n";
    Path file = dir.resolve("fonts.conf");
    Files.writeString(file, conf, StandardCharsets.UTF_8);
    return file;
  }
}
