package io.juesuan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * End to end in headless Chromium: a filer logs in, uploads data with an error, sees the finding,
 * fixes it, submits; the reviewer approves; an anonymous reader finds the report and downloads its
 * PDF. Needs Debian's chromium and chromium-driver; fails clearly without them unless
 * JUESUAN_SKIP_E2E=1.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties =
        "spring.datasource.url=jdbc:h2:mem:e2e;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class EndToEndIT {
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
      fail(
          "端到端测试需要 Chromium：未找到 "
              + CHROMIUM
              + " 或 "
              + CHROMEDRIVER
              + "。请安装：apt-get install -y chromium chromium-driver（或设置 JUESUAN_SKIP_E2E=1 跳过）");
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
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
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
  void fileWithErrorFixSubmitApproveAndDownloadPdf() throws Exception {
    String base = "http://localhost:" + port;
    login(base, "tianbao", "tianbao-2023");
    wait(ExpectedConditions.urlMatches("/filing$"));
    driver.findElement(By.cssSelector("select[name=year]")).sendKeys("2024");
    driver.findElement(By.xpath("//button[text()='新建']")).click();
    waitText(By.tagName("h1"), "2024年度部门决算");
    driver.findElement(By.id("submit-report")).click();
    waitText(By.cssSelector(".problems"), "主要职责");
    assertThat(driver.findElement(By.cssSelector(".problems")).getText()).contains("功能分类项");
    assertThat(driver.findElement(By.id("state")).getText()).isEqualTo("填报中");

    Path zip = uploads.resolve("caidian-2024.zip");
    Files.write(
        zip,
        TestData.zip(
            java.util.Map.of(
                "department.yaml",
                TestData.file("department.yaml").replace("fiscalYear: 2023", "fiscalYear: 2024"),
                "accounts.yaml",
                TestData.accountsWithError(),
                "narrative.yaml",
                TestData.file("narrative.yaml"),
                "performance.yaml",
                TestData.file("performance.yaml"))));
    driver.findElement(By.id("upload-files")).sendKeys(zip.toString());
    driver.findElement(By.id("upload-button")).click();
    waitText(By.cssSelector(".notice"), "已导入");

    WebElement finding =
        driver.findElement(
            By.xpath(
                "//section[@id='findings']//li[contains(@class,'error')][contains(., '05表 2013101 2栏')]"));
    assertThat(finding.getText()).contains("2013101");
    finding.findElement(By.cssSelector("a.fix-link")).click();
    WebElement input =
        new WebDriverWait(driver, Duration.ofSeconds(5))
            .until(
                ExpectedConditions.elementToBeClickable(
                    By.name("item.2013101.fiscal.generalBudget.basic")));
    assertThat(input.getAttribute("value")).isEqualTo("90503.20");
    input.clear();
    input.sendKeys("10503.20");
    driver.findElement(By.cssSelector("#item-2013101 button[type=submit]")).click();
    waitText(By.cssSelector(".notice"), "已保存");
    assertThat(driver.findElements(By.cssSelector("#findings li.error"))).isEmpty();

    org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
    String leave =
        "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e);"
            + " return e.defaultPrevented;";
    assertThat(js.executeScript(leave)).isEqualTo(false);
    WebElement reason = driver.findElement(By.name("text.reasons.totalChange"));
    js.executeScript("arguments[0].scrollIntoView()", reason);
    reason.clear();
    reason.sendKeys("主要是因为机构改革（页面一次保存）");
    assertThat(js.executeScript(leave)).as("unsaved edits: leaving asks first").isEqualTo(true);
    WebElement project = driver.findElement(By.name("project.1.name"));
    String projectName = project.getAttribute("value");
    project.clear();
    project.sendKeys(projectName + "（更正）");
    driver.findElement(By.id("save-projects")).click();
    waitText(By.cssSelector(".notice"), "已保存");
    assertThat(driver.findElement(By.name("project.1.name")).getAttribute("value"))
        .isEqualTo(projectName + "（更正）");
    assertThat(driver.findElement(By.name("text.reasons.totalChange")).getAttribute("value"))
        .as("saving one section keeps the unsaved edits of another")
        .isEqualTo("主要是因为机构改革（页面一次保存）");
    assertThat(js.executeScript(leave)).isEqualTo(false);
    assertThat(driver.findElement(By.id("trail")).getText()).contains("（更正）");
    screenshot("filing-edit.png");
    driver.findElement(By.id("submit-report")).click();
    waitText(By.id("state"), "待审核");
    logout();

    login(base, "shenhe", "shenhe-2023");
    WebElement row =
        wait(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//table[@id='review-queue']//tr[td[text()='2024']]")));
    row.findElement(By.linkText("审核")).click();
    String review = driver.getCurrentUrl();
    // the reviewer sees the full report before approving: tables, 情况说明, charts, the draft's PDF
    wait(ExpectedConditions.elementToBeClickable(By.id("preview-link"))).click();
    waitText(By.tagName("h1"), "2024年度部门决算");
    assertThat(driver.findElements(By.cssSelector("section[id^=table-]")))
        .hasSizeGreaterThanOrEqualTo(9);
    assertThat(driver.findElement(By.cssSelector("a.dl-pdf")).getAttribute("href"))
        .contains("/review/reports/");
    driver.get(review);
    wait(ExpectedConditions.elementToBeClickable(By.id("approve-button"))).click();
    // approval publishes: a confirmation step first
    waitText(By.tagName("h1"), "确认公开");
    wait(ExpectedConditions.elementToBeClickable(By.id("confirm-approve-button"))).click();
    waitText(By.cssSelector(".notice"), "已审核通过并公开");
    logout();

    driver.get(base + "/");
    wait(ExpectedConditions.elementToBeClickable(By.linkText("决算公开"))).click();
    wait(ExpectedConditions.elementToBeClickable(By.linkText("2024年度"))).click();
    wait(ExpectedConditions.urlContains("year=2024"));
    driver.findElement(By.name("q")).sendKeys("蔡甸区委");
    driver.findElement(By.xpath("//form[@role='search']//button")).click();
    wait(ExpectedConditions.urlContains("q="));
    wait(ExpectedConditions.elementToBeClickable(By.linkText(TestData.DEPARTMENT))).click();
    waitText(By.tagName("h1"), "2024年度部门决算");
    // 04表 and 09表: the real multi-level header, and a label column that stays readable
    for (String table : new String[] {"04", "09"}) {
      WebElement t = driver.findElement(By.cssSelector("#table-" + table + " table.disclosure"));
      assertThat(t.findElements(By.cssSelector("thead tr")))
          .as(table + "表 header rows")
          .hasSizeGreaterThan(1);
      assertThat(driver.findElements(By.cssSelector("#table-" + table + " thead th[colspan]")))
          .as(table + "表 merged header cells")
          .anyMatch(th -> Integer.parseInt(th.getAttribute("colspan")) > 1);
    }
    for (String table : new String[] {"02", "04", "09"}) {
      WebElement t = driver.findElement(By.cssSelector("#table-" + table + " table.disclosure"));
      int label = t.findElement(By.cssSelector("tbody td:first-child")).getSize().getWidth();
      assertThat(label).as(table + "表 项目 column width (px)").isGreaterThanOrEqualTo(150);
    }
    screenshot("report-page.png");
    String pdfUrl =
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.dl-pdf")))
            .getAttribute("href");
    HttpResponse<byte[]> pdf =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(pdfUrl)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
  }

  @Test
  void htmlDownloadFontsAreLoadedByChromium() throws Exception {
    String base = "http://localhost:" + port;
    HttpClient client = HttpClient.newHttpClient();
    String list =
        client
            .send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/reports")).build(),
                HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8))
            .body();
    java.util.regex.Matcher id = java.util.regex.Pattern.compile("\\{\"id\":(\\d+)").matcher(list);
    assertThat(id.find()).as("a published report in " + list).isTrue();
    HttpResponse<byte[]> html =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/reports/" + id.group(1) + "/download/html"))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(html.statusCode()).isEqualTo(200);
    Path file = uploads.resolve("report.html");
    Files.write(file, html.body());
    driver.get(file.toUri().toString());
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    Object statuses =
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "const faces = Array.from(document.fonts);"
                    + "Promise.all(faces.map(f => f.load().then(() => f.status, e => 'error: ' + e)))"
                    + ".then(s => done(s.join(',')));");
    assertThat(String.valueOf(statuses)).isNotEmpty().doesNotContain("error");
    assertThat(String.valueOf(statuses).split(",")).containsOnly("loaded");
  }

  /** A full-page screenshot under target/e2e for looking at the pages. */
  private void screenshot(String name) throws IOException {
    Object height =
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript("return document.documentElement.scrollHeight");
    driver
        .manage()
        .window()
        .setSize(
            new org.openqa.selenium.Dimension(
                1280, Math.min(12000, ((Number) height).intValue() + 40)));
    Path dir = Path.of("target", "e2e");
    Files.createDirectories(dir);
    Files.write(
        dir.resolve(name),
        ((org.openqa.selenium.TakesScreenshot) driver)
            .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
  }

  private void logout() {
    driver.findElement(By.xpath("//button[text()='退出']")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlContains("logout"));
  }

  private void waitText(By by, String text) {
    wait(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  /** Waits up to 15 s (pages render server-side; a busy CI machine can be slow). */
  private <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition);
  }

  private void login(String base, String user, String password) {
    driver.get(base + "/login");
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("login-button")).click();
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(d -> !d.getCurrentUrl().contains("/login"));
  }
}
