package io.juesuan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.juesuan.core.report.Department;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.UnitKind;
import io.juesuan.dataset.DatasetReader;
import io.juesuan.persistence.JdbcAccountRepository;
import io.juesuan.web.report.ReportService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The district's view in headless Chromium: the admin sets 批复 dates (the year's, and an earlier one
 * for a department that has not published), the reviewer's scoreboard marks that department late;
 * the admin builds the district 汇总 and drills from a figure to the departments that make it up; the
 * public district page lists the published departments with their dates, and the open data has
 * every published cell with year and department.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties =
        "spring.datasource.url=jdbc:h2:mem:district;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class DistrictIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final String SECOND = "武汉市蔡甸区测试教育局";
  static final String LATE = "武汉市蔡甸区测试水务局";

  @LocalServerPort int port;
  @Autowired JdbcAccountRepository accounts;
  @Autowired ReportService reports;
  @Autowired Clock clock;
  WebDriver driver;
  Path profile;

  @BeforeEach
  void browser() throws IOException {
    assumeFalse("1".equals(System.getenv("JUESUAN_SKIP_E2E")), "JUESUAN_SKIP_E2E=1: 跳过浏览器端到端测试");
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      fail(
          "端到端测试需要 Chromium：未找到 "
              + CHROMIUM
              + " 或 "
              + CHROMEDRIVER
              + "（或设置 JUESUAN_SKIP_E2E=1 跳过）");
    }
    profile = Files.createTempDirectory("juesuan-chromium");
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
    driver =
        new ChromeDriver(
            new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build(),
            options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
  }

  @AfterEach
  void close() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      try (Stream<Path> s = Files.walk(profile)) {
        s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  /**
   * A second published department (the example's figures under another name) and one that has not
   * filed.
   */
  private void twoMoreDepartments() {
    FinalAccounts example = new DatasetReader().read(TestData.exampleDir(), "caidian-2023");
    Department d = example.department();
    FinalAccounts second =
        new FinalAccounts(
            example.fiscalYear(),
            new Department(SECOND, "测试教育局", d.region(), d.kind(), d.units(), d.duties()),
            example.facts(),
            example.explanations(),
            example.evaluation(),
            example.edition());
    Instant now = clock.instant();
    long id = accounts.createDepartment(SECOND, "测试教育局", d.region(), d.kind(), now);
    reports.storePublished(id, second, "system", "测试：第二个已公开部门");
    accounts.createDepartment(LATE, "测试水务局", d.region(), UnitKind.ADMINISTRATIVE, now);
  }

  @Test
  void approvalDatesScoreboardConsolidationDrillDownAndPublicPage() throws Exception {
    twoMoreDepartments();
    int year = 2023;
    LocalDate today = LocalDate.now(clock);
    String base = "http://localhost:" + port;

    login(base, "admin", "admin-2023");
    driver.get(base + "/admin/approvals?year=" + year);
    setDate(driver.findElement(By.id("year-approval-date")), today.minusDays(5));
    driver.findElement(By.id("year-approval-save")).click();
    waitText(By.cssSelector(".notice"), "年度批复日期已设为 " + today.minusDays(5));
    WebElement lateRow =
        driver.findElement(
            By.xpath("//table[@id='department-approvals']//tr[@data-department='" + LATE + "']"));
    setDate(lateRow.findElement(By.cssSelector("input[type=date]")), today.minusDays(40));
    lateRow.findElement(By.cssSelector("button[type=submit]")).click();
    waitText(By.cssSelector(".notice"), "部门批复日期已设为 " + today.minusDays(40));
    logout();

    login(base, "shenhe", "shenhe-2023");
    driver.get(base + "/review/scoreboard?year=" + year);
    WebElement late = row("scoreboard", LATE);
    assertThat(late.getAttribute("class")).contains("late");
    assertThat(late.getText()).contains("未填报", "逾期未公开 20 天", today.minusDays(40).toString());
    WebElement onTime = row("scoreboard", TestData.DEPARTMENT);
    assertThat(onTime.getAttribute("class")).doesNotContain("late");
    assertThat(onTime.getText()).contains("已公开", "按时公开", today.toString());
    driver.findElement(By.linkText("批复后天数")).click();
    wait(ExpectedConditions.urlContains("sort=days"));
    driver.findElement(By.linkText("批复后天数 ▲")).click();
    wait(ExpectedConditions.urlContains("desc=true"));
    assertThat(driver.findElements(By.cssSelector("#scoreboard tbody tr")).get(0).getText())
        .contains(LATE);
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.name("timeliness")))
        .selectByVisibleText("逾期未公开");
    driver.findElement(By.xpath("//form[@id='scoreboard-filter']//button")).click();
    wait(ExpectedConditions.urlContains("timeliness=OVERDUE"));
    assertThat(driver.findElements(By.cssSelector("#scoreboard tbody tr"))).hasSize(1);
    String csv = get(driver.findElement(By.id("export-csv")).getAttribute("href"), true);
    assertThat(csv).contains(LATE, "逾期未公开").doesNotContain(SECOND);
    screenshot("scoreboard.png");
    logout();

    login(base, "admin", "admin-2023");
    driver.get(base + "/admin/district?year=" + year);
    wait(ExpectedConditions.elementToBeClickable(By.id("build-district"))).click();
    waitText(By.cssSelector(".notice"), "已生成 2023 年度区级汇总（2 个部门）");
    assertThat(driver.findElement(By.id("district-parts")).getText())
        .contains(TestData.DEPARTMENT, SECOND);
    assertThat(driver.findElement(By.id("district-explanation")).getText()).isNotBlank();
    WebElement totalCell = driver.findElement(By.cssSelector("#table-01 a.drill"));
    String figure = totalCell.getText();
    screenshot("district-consolidation.png");
    totalCell.click();
    waitText(By.tagName("h1"), "汇总数据构成");
    assertThat(driver.findElement(By.id("cell-total")).getText()).isEqualTo(figure);
    List<WebElement> parts = driver.findElements(By.cssSelector("#cell-departments tbody tr"));
    assertThat(parts).hasSize(2);
    assertThat(driver.findElement(By.id("cell-departments")).getText())
        .contains(TestData.DEPARTMENT, SECOND);
    // the example's figures twice, nothing to eliminate: the same figure from each, adding up
    assertThat(parts.get(0).findElement(By.cssSelector("td.num")).getText())
        .isEqualTo(parts.get(1).findElement(By.cssSelector("td.num")).getText());
    assertThat(driver.findElement(By.cssSelector("#cell-departments tfoot td.num")).getText())
        .isEqualTo(figure);
    assertThat(driver.findElements(By.id("cell-eliminated"))).isEmpty();
    screenshot("district-cell.png");
    logout();

    driver.get(base + "/");
    wait(ExpectedConditions.elementToBeClickable(By.linkText("全区决算"))).click();
    waitText(By.tagName("h1"), "2023年度全区部门决算");
    String timeliness = driver.findElement(By.id("district-timeliness")).getText();
    assertThat(timeliness)
        .contains(TestData.DEPARTMENT, SECOND, today.toString(), "按时")
        .doesNotContain(LATE);
    assertThat(driver.findElement(By.id("rank-three-public")).getText())
        .contains(TestData.DEPARTMENT, SECOND);
    screenshot("district-portal.png");
    String open = get(driver.findElement(By.id("district-csv")).getAttribute("href"), false);
    assertThat(open.lines().findFirst()).contains("year,department,table,row,column,value");
    assertThat(open).contains("2023," + TestData.DEPARTMENT + ",01,", "2023," + SECOND + ",01,");
    assertThat(get(base + "/api/v1/district/cells?year=2023", false))
        .isEqualTo(open.replaceFirst("^\uFEFF", ""));
  }

  private WebElement row(String table, String department) {
    return driver.findElement(
        By.xpath("//table[@id='" + table + "']//tr[td[1][text()='" + department + "']]"));
  }

  private void setDate(WebElement input, LocalDate date) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].value = arguments[1];", input, date.toString());
  }

  /** A GET with the browser's session cookie when {@code signedIn}. */
  private String get(String url, boolean signedIn) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
    if (signedIn) {
      StringBuilder cookie = new StringBuilder();
      driver
          .manage()
          .getCookies()
          .forEach(c -> cookie.append(c.getName()).append('=').append(c.getValue()).append("; "));
      b.header("Cookie", cookie.toString());
    }
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(url).isEqualTo(200);
    return r.body();
  }

  private void screenshot(String name) throws IOException {
    Object height =
        ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
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

  private <T> T wait(ExpectedCondition<T> condition) {
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
