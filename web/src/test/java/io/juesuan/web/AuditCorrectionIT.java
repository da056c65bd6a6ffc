package io.juesuan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.juesuan.core.audit.PublishedReport;
import io.juesuan.core.audit.ReportAuditor;
import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.rules.Severity;
import io.juesuan.importer.ReportImporter;
import io.juesuan.testkit.SampleReports;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 生成更正稿 in headless Chromium: anyone uploads a published report on the audit page, follows the link
 * to the corrected PDF, which opens as a PDF and audits without errors; the 更正说明 lists the
 * corrections. Needs Debian's chromium and chromium-driver unless JUESUAN_SKIP_E2E=1.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties =
        "spring.datasource.url=jdbc:h2:mem:e2e-correct;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class AuditCorrectionIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @LocalServerPort int port;
  WebDriver driver;
  Path profile;
  Path uploads;

  @BeforeEach
  void browser() throws IOException {
    assumeFalse("1".equals(System.getenv("JUESUAN_SKIP_E2E")), "JUESUAN_SKIP_E2E=1: 跳过浏览器端到端测试");
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      fail("端到端测试需要 Chromium：未找到 " + CHROMIUM + " 或 " + CHROMEDRIVER);
    }
    profile = Files.createTempDirectory("juesuan-chromium");
    uploads = Files.createTempDirectory("juesuan-e2e");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--user-data-dir=" + profile,
        "--window-size=1280,1000");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
  }

  @AfterEach
  void close() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    for (Path p : new Path[] {profile, uploads}) {
      if (p != null) {
        try (Stream<Path> s = Files.walk(p)) {
          s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
      }
    }
  }

  @Test
  void uploadAReportAndDownloadItsCorrectedPdf() throws Exception {
    Path seed = uploads.resolve("seed.txt");
    Files.writeString(seed, SampleReports.seedText(), StandardCharsets.UTF_8);
    driver.get("http://localhost:" + port + "/audit");
    driver.findElement(By.name("file")).sendKeys(seed.toAbsolutePath().toString());
    driver.findElement(By.xpath("//button[text()='开始核查']")).click();
    String pdfUrl =
        new WebDriverWait(driver, Duration.ofSeconds(60))
            .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.dl-corrected")))
            .getAttribute("href");
    String noteUrl = driver.findElement(By.cssSelector("a.dl-note-html")).getAttribute("href");
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<byte[]> pdf =
        http.send(
            HttpRequest.newBuilder(URI.create(pdfUrl)).timeout(Duration.ofMinutes(3)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    PublishedReport corrected = new ReportImporter().read("更正稿.pdf", pdf.body());
    CheckResult audit = new ReportAuditor().audit(corrected);
    assertThat(audit.count(Severity.ERROR)).as(audit.sorted().toString()).isZero();
    assertThat(audit.findings())
        .as("template residue in the corrected document")
        .noneMatch(f -> f.rule().value().startsWith("R-"));

    HttpResponse<String> note =
        http.send(
            HttpRequest.newBuilder(URI.create(noteUrl)).timeout(Duration.ofMinutes(3)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(note.statusCode()).isEqualTo(200);
    assertThat(note.body()).contains("更正说明", "更正后", "N-AMOUNT");
  }
}
