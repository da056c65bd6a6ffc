package io.juesuan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.juesuan.core.filing.ReportHeader;
import io.juesuan.core.filing.ReportQuery;
import io.juesuan.core.filing.Role;
import io.juesuan.core.filing.StaleReportException;
import io.juesuan.core.report.UnitKind;
import io.juesuan.persistence.JdbcAccountRepository;
import io.juesuan.persistence.JdbcReportRepository;
import io.juesuan.web.account.CurrentUser;
import io.juesuan.web.report.ReportService;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Security on H2: a 填报人 cannot read or change another department's report through any route
 * (enumerated from the handler mapping), CSRF is enforced, typed HTML is escaped, oversized uploads
 * and zip bombs are refused clearly, concurrent edits lose nothing.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:security;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "juesuan.upload.max-bytes=200000",
      "juesuan.upload.max-unpacked-bytes=400000"
    })
@AutoConfigureMockMvc
class SecurityIT {
  @Autowired MockMvc mvc;
  @Autowired JdbcAccountRepository accounts;
  @Autowired JdbcReportRepository repository;
  @Autowired ReportService reports;
  @Autowired PasswordEncoder encoder;
  @Autowired RequestMappingHandlerMapping mapping;

  CurrentUser filerA;
  CurrentUser filerB;
  long draftOfA;

  @BeforeEach
  void twoDepartments() {
    String suffix = String.valueOf(System.nanoTime());
    long deptA =
        accounts.createDepartment(
            "测试部门甲" + suffix, "甲", "", UnitKind.ADMINISTRATIVE, Instant.now());
    long deptB =
        accounts.createDepartment(
            "测试部门乙" + suffix, "乙", "", UnitKind.ADMINISTRATIVE, Instant.now());
    accounts.createUser(
        "a" + suffix,
        encoder.encode("password-a-123"),
        "甲填报人",
        Role.FILER,
        Optional.of(deptA),
        Instant.now());
    accounts.createUser(
        "b" + suffix,
        encoder.encode("password-b-123"),
        "乙填报人",
        Role.FILER,
        Optional.of(deptB),
        Instant.now());
    filerA = new CurrentUser(accounts.user("a" + suffix).orElseThrow(), false);
    filerB = new CurrentUser(accounts.user("b" + suffix).orElseThrow(), false);
    draftOfA = reports.create(filerA, 2023);
    reports.edit(filerA, draftOfA, 0, a -> io.juesuan.core.filing.FactEdits.addItem(a, "2013101"));
  }

  @Test
  @DisplayName("填报人经任何路由都不能读取或修改其他部门的报告")
  void filerCannotReachAnotherDepartmentsReportThroughAnyRoute() throws Exception {
    Map<String, String> before =
        repository.events(draftOfA).isEmpty()
            ? Map.of()
            : io.juesuan.core.filing.FactSheet.of(repository.load(draftOfA));
    int lockBefore = repository.header(draftOfA).orElseThrow().lockVersion();
    List<String> tried = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, ?> e : mapping.getHandlerMethods().entrySet()) {
      RequestMappingInfo info = e.getKey();
      for (String pattern : info.getPatternValues()) {
        if (!pattern.contains("{id}")) {
          continue;
        }
        String path =
            pattern
                .replace("{id}", String.valueOf(draftOfA))
                .replace("{list:items|economic}", "items")
                .replace("{code}", "2013101")
                .replace("{format}", "csv")
                .replace("{attachment}", "1");
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
          boolean upload = path.endsWith("/upload") || path.endsWith("/dataset");
          var req =
              (upload
                      ? multipart(HttpMethod.valueOf(m.name()), path)
                          .file(
                              new MockMultipartFile(
                                  "files", "d.zip", "application/zip", TestData.datasetZip(false)))
                      : request(HttpMethod.valueOf(m.name()), path))
                  .with(csrf())
                  .param("lockVersion", String.valueOf(lockBefore))
                  .param("note", "x")
                  .param("code", "2013102")
                  .param("item.2013101.income.generalBudget", "1.00");
          MvcResult page = mvc.perform(req.with(user(filerB))).andReturn();
          MvcResult api =
              mvc.perform(
                      (upload
                              ? multipart(HttpMethod.valueOf(m.name()), path)
                                  .file(
                                      new MockMultipartFile(
                                          "files",
                                          "d.zip",
                                          "application/zip",
                                          TestData.datasetZip(false)))
                                  .param("lockVersion", String.valueOf(lockBefore))
                              : request(HttpMethod.valueOf(m.name()), path)
                                  .contentType("application/json"))
                          .with(httpBasic(filerB.getUsername(), "password-b-123"))
                          .content(
                              "{\"lockVersion\":"
                                  + lockBefore
                                  + ",\"note\":\"x\",\"changes\":{\"item.2013101.income.generalBudget\":\"1.00\"}}"))
                  .andReturn();
          for (MvcResult r : List.of(page, api)) {
            int s = r.getResponse().getStatus();
            String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(s >= 200 && s < 300).as(m + " " + path + " → " + s).isFalse();
            if (s >= 300 && s < 400) {
              assertThat(r.getResponse().getRedirectedUrl())
                  .as(m + " " + path)
                  .doesNotContain("/filing/reports/" + draftOfA + "#")
                  .isNotNull();
            }
            assertThat(body).as(m + " " + path).doesNotContain("测试部门甲");
          }
          tried.add(m + " " + path);
        }
      }
    }
    assertThat(tried).hasSizeGreaterThan(20);
    ReportHeader after = repository.header(draftOfA).orElseThrow();
    assertThat(after.lockVersion()).isEqualTo(lockBefore);
    assertThat(io.juesuan.core.filing.FactSheet.of(repository.load(draftOfA)))
        .isEqualTo(
            before.isEmpty()
                ? io.juesuan.core.filing.FactSheet.of(repository.load(draftOfA))
                : before);
    assertThat(reports.list(Optional.of(filerB), ReportQuery.all()))
        .extracting(ReportHeader::id)
        .doesNotContain(draftOfA);
  }

  @Test
  void anonymousSeesNoDraftAndListsShowOnlyOwnDepartment() throws Exception {
    assertThat(mvc.perform(get("/reports/" + draftOfA)).andReturn().getResponse().getStatus())
        .isEqualTo(404);
    assertThat(
            mvc.perform(get("/api/v1/reports/" + draftOfA)).andReturn().getResponse().getStatus())
        .isEqualTo(404);
    String list =
        mvc.perform(get("/filing").with(user(filerB)))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(list).doesNotContain("/filing/reports/" + draftOfA + "\"");
    String api =
        mvc.perform(get("/api/v1/reports").with(httpBasic(filerB.getUsername(), "password-b-123")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(api).doesNotContain("测试部门甲");
  }

  @Test
  void csrfIsEnforcedOnForms() throws Exception {
    mvc.perform(
            post("/filing/reports/" + draftOfA + "/fields")
                .with(user(filerA))
                .param("lockVersion", "1")
                .param("item.2013101.income.generalBudget", "5.00"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/filing/reports").with(user(filerA)).param("year", "2024"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/login").param("username", "x").param("password", "y"))
        .andExpect(status().isForbidden());
    assertThat(repository.header(draftOfA).orElseThrow().lockVersion()).isEqualTo(1);
  }

  @Test
  void htmlTypedIntoTextFieldsIsEscapedEverywhere() throws Exception {
    String evil = "<script>alert('x')</script><b>粗</b>";
    mvc.perform(
            post("/filing/reports/" + draftOfA + "/fields")
                .with(user(filerA))
                .with(csrf())
                .param("lockVersion", "1")
                .param("text.reasons.totalChange", evil)
                .param("dept.shortName", evil))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/filing/reports/" + draftOfA + "/rows")
                .with(user(filerA))
                .with(csrf())
                .param("lockVersion", "2")
                .param("list", "project")
                .param("new.name", evil)
                .param("new.budget", "100")
                .param("new.actual", "abc"))
        .andExpect(
            flash().attribute("problems", List.of("「绩效自评项目 第1行 · 执行数」：金额 \"abc\" 不是数字（最多两位小数）")));
    mvc.perform(
            post("/filing/reports/" + draftOfA + "/rows")
                .with(user(filerA))
                .with(csrf())
                .param("lockVersion", "2")
                .param("list", "project")
                .param("new.name", evil)
                .param("new.budget", "100")
                .param("new.actual", "90"))
        .andExpect(flash().attribute("notice", "已添加：绩效自评项目"));
    mvc.perform(
            post("/filing/reports/" + draftOfA + "/fields")
                .with(user(filerA))
                .with(csrf())
                .param("lockVersion", "3")
                .param("unit.1.name", evil)
                .param("duty.1", evil))
        .andExpect(flash().attribute("problems", List.of("「duty.1」：本报告没有第 1 行")));
    mvc.perform(
            post("/filing/reports/" + draftOfA + "/fields")
                .with(user(filerA))
                .with(csrf())
                .param("lockVersion", "3")
                .param("unit.1.name", evil))
        .andExpect(flash().attribute("notice", "已保存"));
    assertThat(repository.load(draftOfA).department().units().get(0).name()).isEqualTo(evil);
    assertThat(repository.load(draftOfA).evaluation().projects().get(0).name()).isEqualTo(evil);
    mvc.perform(
        post("/filing/reports/" + draftOfA + "/comments")
            .with(user(filerA))
            .with(csrf())
            .param("note", evil));
    List<String> pages =
        List.of(
            "/filing/reports/" + draftOfA,
            "/reports/" + draftOfA + "/trail",
            "/filing/reports/" + draftOfA + "/preview");
    for (String p : pages) {
      String html =
          mvc.perform(get(p).with(user(filerA)))
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);
      assertThat(html).as(p).doesNotContain("<script>alert").doesNotContain("<b>粗</b>");
    }
    String trail =
        mvc.perform(get("/reports/" + draftOfA + "/trail").with(user(filerA)))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(trail).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  }

  @Test
  void oversizedUploadAndZipBombAreRefusedWithAClearMessage() throws Exception {
    MockMultipartFile big =
        new MockMultipartFile("files", "accounts.yaml", "text/plain", new byte[300_000]);
    MvcResult r =
        mvc.perform(
                multipart("/filing/reports/" + draftOfA + "/upload")
                    .file(big)
                    .with(user(filerA))
                    .with(csrf())
                    .param("lockVersion", "1"))
            .andReturn();
    assertThat(flashProblems(r)).anyMatch(p -> p.contains("过大") && p.contains("不能超过"));

    MockMultipartFile bomb =
        new MockMultipartFile("files", "bomb.zip", "application/zip", TestData.zipBomb(50_000_000));
    assertThat(bomb.getSize()).isLessThan(200_000);
    r =
        mvc.perform(
                multipart("/filing/reports/" + draftOfA + "/upload")
                    .file(bomb)
                    .with(user(filerA))
                    .with(csrf())
                    .param("lockVersion", "1"))
            .andReturn();
    assertThat(flashProblems(r)).anyMatch(p -> p.contains("压缩炸弹"));

    MockMultipartFile apiBomb =
        new MockMultipartFile("files", "bomb.zip", "application/zip", TestData.zipBomb(50_000_000));
    MvcResult api =
        mvc.perform(
                multipart(HttpMethod.PUT, "/api/v1/reports/" + draftOfA + "/dataset")
                    .file(apiBomb)
                    .with(httpBasic(filerA.getUsername(), "password-a-123"))
                    .param("lockVersion", "1"))
            .andReturn();
    assertThat(api.getResponse().getStatus()).isEqualTo(400);
    assertThat(api.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("压缩炸弹");
    assertThat(repository.header(draftOfA).orElseThrow().lockVersion()).isEqualTo(1);
  }

  @Test
  @DisplayName("两人同时编辑同一版本：后保存者得到明确提示，先保存者的修改不丢失")
  void concurrentEditLosesNoUpdate() throws Exception {
    int loaded = repository.header(draftOfA).orElseThrow().lockVersion();
    reports.edit(
        filerA,
        draftOfA,
        loaded,
        a ->
            io.juesuan.core.filing.FactEdits.apply(
                a, Map.of("item.2013101.income.generalBudget", "100.00")));
    MvcResult second =
        mvc.perform(
                post("/filing/reports/" + draftOfA + "/fields")
                    .with(user(filerA))
                    .with(csrf())
                    .param("lockVersion", String.valueOf(loaded))
                    .param("item.2013101.income.generalBudget", "200.00"))
            .andReturn();
    assertThat(flashProblems(second)).anyMatch(p -> p.contains("已被他人修改"));
    assertThat(io.juesuan.core.filing.FactSheet.of(repository.load(draftOfA)))
        .containsEntry("item.2013101.income.generalBudget", "100.00");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> reports.edit(filerA, draftOfA, loaded, a -> a))
        .isInstanceOf(StaleReportException.class);
  }

  @Test
  void loginIsThrottledAfterRepeatedFailures() throws Exception {
    for (int i = 0; i < 5; i++) {
      mvc.perform(
              post("/login")
                  .with(csrf())
                  .param("username", filerB.getUsername())
                  .param("password", "wrong"))
          .andExpect(status().is3xxRedirection());
    }
    MvcResult locked =
        mvc.perform(
                post("/login")
                    .with(csrf())
                    .param("username", filerB.getUsername())
                    .param("password", "password-b-123"))
            .andReturn();
    assertThat(locked.getResponse().getRedirectedUrl()).contains("locked");
  }

  @SuppressWarnings("unchecked")
  private static List<String> flashProblems(MvcResult r) {
    Object p = r.getFlashMap().get("problems");
    return p == null ? List.of() : (List<String>) p;
  }
}
