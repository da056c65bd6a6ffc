package io.juesuan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.juesuan.core.filing.ActionRefusedException;
import io.juesuan.core.filing.FactEdits;
import io.juesuan.core.filing.ReportEvent;
import io.juesuan.core.filing.ReportState;
import io.juesuan.core.filing.Role;
import io.juesuan.core.report.Department;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.UnitKind;
import io.juesuan.dataset.DatasetReader;
import io.juesuan.persistence.JdbcAccountRepository;
import io.juesuan.persistence.JdbcReportRepository;
import io.juesuan.render.check.PdfText;
import io.juesuan.web.account.CurrentUser;
import io.juesuan.web.report.ReportService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 11 on H2: superseded versions are never listed as current, published documents are frozen
 * at approval and served with cache validators, input is normalised and unprintable text is a
 * finding, messages are Chinese, the public trail hides names and comments, accounts, headers,
 * login throttling, static assets.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:hardening;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "spring.servlet.multipart.max-file-size=100KB",
      "spring.servlet.multipart.max-request-size=120KB"
    })
@AutoConfigureMockMvc
class HardeningIT {
  @Autowired ReportService reports;
  @Autowired JdbcReportRepository repository;
  @Autowired JdbcAccountRepository accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired MockMvc mvc;
  @Autowired FindByIndexNameSessionRepository<? extends Session> sessions;
  @LocalServerPort int port;

  final HttpClient http = HttpClient.newHttpClient();

  record Filing(String name, long department, CurrentUser filer, CurrentUser reviewer) {}

  Filing newDepartment(String prefix) {
    String name = prefix + System.nanoTime();
    long dept = accounts.createDepartment(name, prefix, "", UnitKind.ADMINISTRATIVE, Instant.now());
    String u = "f" + System.nanoTime();
    accounts.createUser(
        u, encoder.encode("secret-123456"), "填报", Role.FILER, Optional.of(dept), Instant.now());
    return new Filing(
        name,
        dept,
        new CurrentUser(accounts.user(u).orElseThrow(), false),
        new CurrentUser(accounts.user("shenhe").orElseThrow(), false));
  }

  long filedExample(Filing f) {
    FinalAccounts example = new DatasetReader().read(TestData.exampleDir());
    FinalAccounts renamed =
        new FinalAccounts(
            2023,
            new Department(
                f.name(),
                f.name().substring(0, 4),
                "",
                UnitKind.ADMINISTRATIVE,
                example.department().units(),
                example.department().duties()),
            example.facts(),
            example.explanations(),
            example.evaluation());
    long id = reports.create(f.filer(), 2023);
    reports.upload(f.filer(), id, 0, renamed);
    return id;
  }

  void submitAndApprove(Filing f, long id) {
    reports.submit(f.filer(), id, repository.header(id).orElseThrow().lockVersion());
    reports.approve(
        f.reviewer(), id, repository.header(id).orElseThrow().lockVersion(), Optional.of("同意"));
  }

  HttpResponse<String> fetch(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static int occurrences(String text, String needle) {
    return text.split(Pattern.quote(needle), -1).length - 1;
  }

  @Test
  void supersededVersionIsNeverListedAsCurrent() throws Exception {
    Filing f = newDepartment("版本部门");
    long v1 = filedExample(f);
    submitAndApprove(f, v1);
    String[] pages = {"/", "/reports", "/reports?year=2023", "/compare?year=2023"};
    int[] before = new int[pages.length];
    for (int i = 0; i < pages.length; i++) {
      before[i] = occurrences(fetch(pages[i]).body(), f.name());
      assertThat(before[i]).as(pages[i]).isPositive();
    }
    long v2 = reports.newVersion(f.filer(), v1);
    submitAndApprove(f, v2);
    assertThat(repository.header(v1).orElseThrow().state()).isEqualTo(ReportState.SUPERSEDED);
    for (int i = 0; i < pages.length; i++) {
      assertThat(occurrences(fetch(pages[i]).body(), f.name())).as(pages[i]).isEqualTo(before[i]);
    }
    assertThat(occurrences(fetch("/compare.csv?year=2023").body(), f.name())).isEqualTo(1);
    assertThat(occurrences(fetch("/api/v1/compare?year=2023").body(), f.name())).isEqualTo(1);
    assertThat(occurrences(fetch("/api/v1/reports?year=2023").body(), f.name())).isEqualTo(1);
    assertThat(fetch("/reports/" + v2).body()).contains("已被新版本替代");
    assertThat(fetch("/reports/" + v1).statusCode()).isEqualTo(200);
    assertThat(fetch("/departments/" + f.department()).body())
        .contains(f.name())
        .contains("/reports/" + v2)
        .doesNotContain("/reports/" + v1 + "\"");
  }

  @Test
  void publishedDocumentsAreProducedAtApprovalAndServedWithValidators() throws Exception {
    Filing f = newDepartment("定稿部门");
    long id = filedExample(f);
    submitAndApprove(f, id);
    HttpResponse<byte[]> pdf = downloadPdf(id);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    String etag = pdf.headers().firstValue("ETag").orElseThrow();
    assertThat(pdf.headers().firstValue("Cache-Control").orElseThrow()).contains("public");
    assertThat(pdf.headers().firstValue("Last-Modified")).isPresent();
    assertThat(fetch("/reports/" + id + "/download/pdf", "If-None-Match", etag).statusCode())
        .isEqualTo(304);
    HttpResponse<byte[]> again = downloadPdf(id);
    assertThat(again.body()).isEqualTo(pdf.body());
    for (String format : new String[] {"docx", "xlsx", "html", "csv"}) {
      HttpResponse<String> r = fetch("/api/v1/reports/" + id + "/documents/" + format);
      assertThat(r.statusCode()).as(format).isEqualTo(200);
      assertThat(r.headers().firstValue("ETag")).as(format).isPresent();
    }
  }

  private HttpResponse<byte[]> downloadPdf(long id) throws Exception {
    return http.send(
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/reports/" + id + "/download/pdf"))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void extensionBNamesArePublishedAndPrinted() throws Exception {
    Filing f = newDepartment("生僻字部门");
    long id = filedExample(f);
    int lock = repository.header(id).orElseThrow().lockVersion();
    reports.edit(f.filer(), id, lock, a -> FactEdits.apply(a, Map.of("duty.1", "负责𠀀𪛖村地名登记工作")));
    assertThat(reports.check(repository.load(id)).result().findings())
        .noneMatch(x -> x.rule().value().equals("TEXT-PRINTABLE"));
    submitAndApprove(f, id);
    HttpResponse<byte[]> pdf = downloadPdf(id);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(PdfText.of(pdf.body()).replaceAll("\\s+", "")).contains("负责𠀀𪛖村地名登记工作");
  }

  @Test
  void invisibleCharactersAreRemovedOnSaveWithANoteAndUnprintableTextIsAnError() {
    Filing f = newDepartment("字符部门");
    long id = filedExample(f);
    int lock = repository.header(id).orElseThrow().lockVersion();
    lock =
        reports.edit(
            f.filer(),
            id,
            lock,
            a ->
                FactEdits.apply(
                    a, Map.of("duty.1", "负责\u200B文电\u00AD处理\u0007工作", "unit.1.name", f.name())));
    assertThat(repository.load(id).department().duties().get(0)).isEqualTo("负责文电处理工作");
    assertThat(repository.events(id))
        .anyMatch(e -> e.note().map(n -> n.contains("零宽字符") && n.contains("软连字符")).orElse(false));
    assertThat(
            reports.check(repository.load(id)).result().count(io.juesuan.core.rules.Severity.ERROR))
        .isZero();

    int l2 =
        reports.edit(f.filer(), id, lock, a -> FactEdits.apply(a, Map.of("duty.1", "负责文电😀处理")));
    assertThat(reports.check(repository.load(id)).result().findings())
        .anyMatch(
            x ->
                x.rule().value().equals("TEXT-PRINTABLE")
                    && x.severity() == io.juesuan.core.rules.Severity.ERROR
                    && x.message().contains("U+1F600"));
    assertThatThrownBy(() -> reports.submit(f.filer(), id, l2))
        .isInstanceOf(ActionRefusedException.class)
        .hasMessageContaining("错误");
  }

  @Test
  void publicTrailShowsRolesNotLoginNamesAndKeepsCommentsInternal() throws Exception {
    Filing f = newDepartment("记录部门");
    long id = filedExample(f);
    reports.submit(f.filer(), id, repository.header(id).orElseThrow().lockVersion());
    reports.returnToFiler(
        f.reviewer(), id, repository.header(id).orElseThrow().lockVersion(), "内部退回原因甲乙");
    reports.comment(f.reviewer(), id, "内部审核意见丙丁");
    submitAndApprove(f, id);
    for (String path :
        new String[] {"/reports/" + id + "/trail", "/api/v1/reports/" + id + "/events"}) {
      String body = fetch(path).body();
      assertThat(body)
          .as(path)
          .doesNotContain(f.filer().getUsername())
          .doesNotContain("shenhe")
          .doesNotContain("内部退回原因甲乙")
          .doesNotContain("内部审核意见丙丁")
          .contains("审核人（财政局）")
          .contains("填报人（" + f.name() + "）");
    }
    assertThat(reports.trail(Optional.of(f.reviewer()), id))
        .extracting(ReportEvent::actor)
        .contains("shenhe");
  }

  @Test
  void searchMatchesPercentAndUnderscoreLiterally() throws Exception {
    assertThat(fetch("/api/v1/reports?q=_").body()).isEqualTo("[]");
    assertThat(fetch("/api/v1/reports?q=%25").body()).isEqualTo("[]");
    assertThat(fetch("/reports?q=_").body()).contains("没有找到符合条件的报告");
  }

  @Test
  void malformedRequestsAreAnsweredInChinese() throws Exception {
    HttpResponse<String> page = fetch("/reports?year=abc", "Accept", "text/html");
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("参数“year”的值“abc”无效").doesNotContain("Exception");
    HttpResponse<String> api = fetch("/api/v1/reports?year=abc");
    assertThat(api.statusCode()).isEqualTo(400);
    assertThat(api.headers().firstValue("Content-Type").orElseThrow()).contains("json");
    assertThat(api.body()).contains("参数“year”").doesNotContain("Failed to convert");
    HttpResponse<String> unauthorized =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(unauthorized.statusCode()).isEqualTo(401);

    Filing f = newDepartment("上传部门");
    long id = reports.create(f.filer(), 2023);
    MvcResult broken =
        mvc.perform(
                multipart("/api/v1/reports/" + id + "/dataset")
                    .file(
                        new MockMultipartFile(
                            "files",
                            "数据.xlsx",
                            "application/octet-stream",
                            new byte[] {1, 2, 3, 4}))
                    .with(
                        request -> {
                          request.setMethod("PUT");
                          return request;
                        })
                    .param("lockVersion", "0")
                    .with(user(f.filer())))
            .andReturn();
    String body = broken.getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(body)
        .contains("不是可读取的 Excel 工作簿")
        .doesNotContain("Exception")
        .doesNotContain("bugzilla");

    // over the multipart limit, from a browser form: a Chinese page, not problem JSON
    String session = login(f.filer().getUsername(), "secret-123456");
    HttpResponse<String> edit =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/filing/reports/" + id))
                .header("Cookie", session)
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    String token = csrfToken(edit.body());
    String boundary = "----juesuan" + System.nanoTime();
    byte[] big = new byte[200_000];
    java.io.ByteArrayOutputStream form = new java.io.ByteArrayOutputStream();
    form.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    form.write(big);
    form.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> tooLarge =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://localhost:"
                            + port
                            + "/filing/reports/"
                            + id
                            + "/upload?lockVersion=0&_csrf="
                            + java.net.URLEncoder.encode(token, StandardCharsets.UTF_8)))
                .header("Cookie", session)
                .header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray()))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(413);
    assertThat(tooLarge.headers().firstValue("Content-Type").orElseThrow()).contains("text/html");
    assertThat(tooLarge.body()).contains("上传文件过大").doesNotContain("Maximum upload size");
  }

  /** Logs in through the form; returns the session cookie. */
  String login(String username, String password) throws Exception {
    HttpClient noRedirects = HttpClient.newBuilder().build();
    HttpResponse<String> page =
        noRedirects.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    String cookie = sessionCookie(page);
    HttpResponse<String> r =
        noRedirects.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username="
                            + username
                            + "&password="
                            + password
                            + "&_csrf="
                            + java.net.URLEncoder.encode(
                                csrfToken(page.body()), StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.headers().firstValue("Location").orElse("")).contains("/account/home");
    return r.headers().allValues("Set-Cookie").isEmpty() ? cookie : sessionCookie(r);
  }

  static String sessionCookie(HttpResponse<?> r) {
    return r.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("SESSION="))
        .map(c -> c.split(";", 2)[0])
        .findFirst()
        .orElseThrow(() -> new AssertionError("no SESSION cookie: " + r.headers().map()));
  }

  static String csrfToken(String html) {
    Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
    assertThat(m.find()).as("csrf token").isTrue();
    return m.group(1);
  }

  @Test
  void disablingAUserEndsTheirSessionsAndAdminsCannotLockThemselvesOut() throws Exception {
    Filing f = newDepartment("账户部门");
    Session s = sessions.createSession();
    s.setAttribute(
        FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, f.filer().getUsername());
    save(s);
    assertThat(sessions.findByPrincipalName(f.filer().getUsername())).hasSize(1);
    CurrentUser admin = new CurrentUser(accounts.user("admin").orElseThrow(), false);
    long filerId = accounts.user(f.filer().getUsername()).orElseThrow().id();
    mvc.perform(
        post("/admin/users/" + filerId + "/enabled")
            .param("enabled", "false")
            .with(csrf())
            .with(user(admin)));
    assertThat(sessions.findByPrincipalName(f.filer().getUsername())).isEmpty();
    assertThat(accounts.user(f.filer().getUsername()).orElseThrow().enabled()).isFalse();

    MvcResult self =
        mvc.perform(
                post("/admin/users/" + accounts.user("admin").orElseThrow().id() + "/enabled")
                    .param("enabled", "false")
                    .with(csrf())
                    .with(user(admin)))
            .andReturn();
    assertThat(self.getFlashMap().get("problems").toString()).contains("不能停用自己的账户");
    assertThat(accounts.user("admin").orElseThrow().enabled()).isTrue();

    String other = "admin2x" + System.nanoTime() % 100000;
    accounts.createUser(
        other,
        encoder.encode("secret-123456"),
        "管理员二",
        Role.ADMIN,
        Optional.empty(),
        Instant.now());
    CurrentUser second = new CurrentUser(accounts.user(other).orElseThrow(), false);
    mvc.perform(
        post("/admin/users/" + accounts.user("admin").orElseThrow().id() + "/enabled")
            .param("enabled", "false")
            .with(csrf())
            .with(user(second)));
    assertThat(accounts.user("admin").orElseThrow().enabled()).isFalse();
    MvcResult last =
        mvc.perform(
                post("/admin/users/" + accounts.user(other).orElseThrow().id() + "/enabled")
                    .param("enabled", "false")
                    .with(csrf())
                    .with(user(admin)))
            .andReturn();
    assertThat(last.getFlashMap().get("problems").toString()).contains("最后一位");
    accounts.setEnabled(accounts.user("admin").orElseThrow().id(), true);
  }

  @SuppressWarnings("unchecked")
  private <S extends Session> void save(Session s) {
    ((FindByIndexNameSessionRepository<S>) sessions).save((S) s);
  }

  @Test
  void unknownNamesAreThrottledLikeKnownOnes() throws Exception {
    String ghost = "nobody" + System.nanoTime();
    for (int i = 0; i < 5; i++) {
      mvc.perform(
          post("/login")
              .with(csrf())
              .with(
                  r -> {
                    r.setRemoteAddr("10.9.8." + (System.nanoTime() % 200));
                    return r;
                  })
              .param("username", ghost)
              .param("password", "wrong"));
    }
    MvcResult r =
        mvc.perform(
                post("/login").with(csrf()).param("username", ghost).param("password", "whatever"))
            .andReturn();
    assertThat(r.getResponse().getRedirectedUrl()).contains("locked");
  }

  @Test
  void securityHeadersStaticAssetsAndCompression() throws Exception {
    HttpResponse<String> home = fetch("/");
    assertThat(home.headers().firstValue("Referrer-Policy"))
        .hasValue("strict-origin-when-cross-origin");
    assertThat(home.headers().firstValue("Permissions-Policy").orElseThrow()).contains("camera=()");
    assertThat(home.headers().firstValue("Strict-Transport-Security")).isEmpty();
    assertThat(
            fetch("/", "X-Forwarded-Proto", "https")
                .headers()
                .firstValue("Strict-Transport-Security"))
        .isPresent();
    Matcher css = Pattern.compile("/css/juesuan-[0-9a-f]{32}\\.css").matcher(home.body());
    assertThat(css.find()).as("fingerprinted stylesheet link").isTrue();
    HttpResponse<String> asset = fetch(css.group(), "Accept-Encoding", "gzip");
    assertThat(asset.statusCode()).isEqualTo(200);
    assertThat(asset.headers().firstValue("Cache-Control").orElseThrow())
        .contains("max-age=31536000")
        .contains("public")
        .contains("immutable");
    assertThat(asset.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(fetch("/", "Accept-Encoding", "gzip").headers().firstValue("Content-Encoding"))
        .hasValue("gzip");
    String report = fetch("/reports").body();
    Matcher link = Pattern.compile("href=\"(/reports/\\d+)\"").matcher(report);
    assertThat(link.find()).isTrue();
    Matcher echarts =
        Pattern.compile("/webjars/echarts/[^\"]*echarts\\.min-[0-9a-f]{32}\\.js")
            .matcher(fetch(link.group(1)).body());
    assertThat(echarts.find()).as("fingerprinted chart library").isTrue();
    HttpResponse<String> library = fetch(echarts.group(), "Accept-Encoding", "gzip");
    assertThat(library.statusCode()).isEqualTo(200);
    assertThat(library.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
    assertThat(library.headers().firstValue("Content-Encoding")).hasValue("gzip");
    Matcher favicon = Pattern.compile("/img/favicon-[0-9a-f]{32}\\.svg").matcher(home.body());
    assertThat(favicon.find()).isTrue();
    assertThat(fetch(favicon.group()).statusCode()).isEqualTo(200);
  }
}
