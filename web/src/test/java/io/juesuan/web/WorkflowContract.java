package io.juesuan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.juesuan.core.filing.ActionRefusedException;
import io.juesuan.core.filing.FactEdits;
import io.juesuan.core.filing.FactSheet;
import io.juesuan.core.filing.ReportEvent;
import io.juesuan.core.filing.ReportHeader;
import io.juesuan.core.filing.ReportQuery;
import io.juesuan.core.filing.ReportState;
import io.juesuan.core.filing.Role;
import io.juesuan.core.filing.RowEdits;
import io.juesuan.core.filing.StaleReportException;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.UnitKind;
import io.juesuan.dataset.DatasetReader;
import io.juesuan.persistence.JdbcAccountRepository;
import io.juesuan.persistence.JdbcReportRepository;
import io.juesuan.web.account.CurrentUser;
import io.juesuan.web.report.ReportService;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The whole filing → review → publication workflow against a real database (run on H2 and
 * PostgreSQL).
 */
abstract class WorkflowContract {
  @Autowired ReportService reports;
  @Autowired JdbcReportRepository repository;
  @Autowired JdbcAccountRepository accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired TestRestTemplate http;

  @Test
  void seededExampleIsPublishedWithDemoAccounts() {
    List<ReportHeader> published =
        reports.list(Optional.empty(), ReportQuery.inStates(Set.of(ReportState.PUBLISHED)));
    assertThat(published).extracting(ReportHeader::deptName).contains(TestData.DEPARTMENT);
    assertThat(accounts.users())
        .extracting(u -> u.role())
        .contains(Role.FILER, Role.REVIEWER, Role.ADMIN);
    ResponseEntity<String> home = http.getForEntity("/", String.class);
    assertThat(home.getBody()).contains(TestData.DEPARTMENT);
    long id =
        published.stream()
            .filter(h -> h.deptName().equals(TestData.DEPARTMENT))
            .findFirst()
            .orElseThrow()
            .id();
    assertThat(http.getForEntity("/reports/" + id, String.class).getBody())
        .contains("990.75")
        .contains("公开01表")
        .contains("情况说明")
        .contains("收、支总计990.75万元")
        .contains("名词解释")
        .contains("整体绩效自评报告");
    assertThat(http.getForEntity("/reports/" + id + "/download/csv", String.class).getBody())
        .startsWith("table,row,column,value")
        .contains("01,31,1,990.75");
    assertThat(http.getForEntity("/compare.csv?year=2023", String.class).getBody())
        .contains("990.75");
    assertThat(http.getForEntity("/v3/api-docs", String.class).getBody())
        .contains("/api/v1/reports/{id}/facts");
  }

  @Autowired io.juesuan.persistence.JdbcLoginFailures loginFailures;

  @Test
  void loginFailuresAreCountedInTheDatabaseAndExpire() {
    String user = "throttle-" + System.nanoTime();
    Instant t0 = Instant.parse("2026-01-01T08:00:00Z");
    java.time.Duration window = java.time.Duration.ofMinutes(15);
    for (int i = 0; i < 3; i++) {
      loginFailures.record(user, t0.plusSeconds(i), window);
    }
    assertThat(loginFailures.find(user))
        .hasValue(new io.juesuan.persistence.JdbcLoginFailures.Failures(3, t0));
    loginFailures.record(user, t0.plus(window).plusSeconds(60), window);
    assertThat(loginFailures.find(user).orElseThrow().count()).isEqualTo(1);
    loginFailures.clear(user);
    assertThat(loginFailures.find(user)).isEmpty();
  }

  @Test
  void factsRoundTripThroughTheTables() {
    FinalAccounts example = new DatasetReader().read(TestData.exampleDir());
    long dept =
        accounts.createDepartment(
            "往返测试部门" + System.nanoTime(), "往返", "", UnitKind.ADMINISTRATIVE, Instant.now());
    long id =
        repository.create(
            dept,
            1,
            ReportState.DRAFT,
            example,
            io.juesuan.core.filing.FindingCounts.none(),
            "test",
            Instant.now());
    FinalAccounts loaded = repository.load(id);
    assertThat(FactSheet.of(loaded)).isEqualTo(FactSheet.of(example));
    assertThat(reports.check(loaded).result().findings())
        .isEqualTo(reports.check(example).result().findings());
  }

  @Test
  void fileUploadFixSubmitApprovePublishAndVersion() {
    String name = "流程测试部门" + System.nanoTime();
    FinalAccounts example = new DatasetReader().read(TestData.exampleDir());
    long dept = accounts.createDepartment(name, "流程", "", UnitKind.ADMINISTRATIVE, Instant.now());
    String u = "f" + System.nanoTime();
    accounts.createUser(
        u, encoder.encode("secret-123456"), "填报", Role.FILER, Optional.of(dept), Instant.now());
    CurrentUser filer = new CurrentUser(accounts.user(u).orElseThrow(), false);
    CurrentUser reviewer = new CurrentUser(accounts.user("shenhe").orElseThrow(), false);

    long id = reports.create(filer, 2023);
    FinalAccounts renamed =
        new FinalAccounts(
            2023,
            new io.juesuan.core.report.Department(
                name,
                "流程",
                "",
                UnitKind.ADMINISTRATIVE,
                example.department().units(),
                example.department().duties()),
            example.facts(),
            example.explanations(),
            example.evaluation());
    int lock = reports.upload(filer, id, 0, renamed);
    FinalAccounts broken =
        FactEdits.apply(renamed, Map.of("item.2013101.fiscal.generalBudget.basic", "90503.20"));
    lock = reports.edit(filer, id, lock, a -> broken);
    assertThat(repository.header(id).orElseThrow().counts().errors()).isPositive();
    int stale = lock;
    assertThatThrownBy(() -> reports.submit(filer, id, stale))
        .isInstanceOf(ActionRefusedException.class)
        .hasMessageContaining("错误");

    lock =
        reports.edit(
            filer,
            id,
            lock,
            a -> FactEdits.apply(a, Map.of("item.2013101.fiscal.generalBudget.basic", "10503.20")));
    assertThat(repository.header(id).orElseThrow().counts().errors()).isZero();
    assertThatThrownBy(() -> reports.edit(filer, id, stale, a -> a))
        .isInstanceOf(StaleReportException.class);
    reports.submit(filer, id, lock);
    ReportHeader submitted = repository.header(id).orElseThrow();
    assertThat(submitted.state()).isEqualTo(ReportState.SUBMITTED);
    reports.returnToFiler(reviewer, id, submitted.lockVersion(), "请补充说明");
    reports.submit(filer, id, repository.header(id).orElseThrow().lockVersion());
    reports.approve(
        reviewer, id, repository.header(id).orElseThrow().lockVersion(), Optional.of("同意公开"));
    assertThat(repository.header(id).orElseThrow().state()).isEqualTo(ReportState.PUBLISHED);
    assertThat(http.getForEntity("/api/v1/reports/" + id, String.class).getBody())
        .contains("PUBLISHED");

    List<ReportEvent> trail = repository.events(id);
    assertThat(trail)
        .anyMatch(
            e ->
                e.fieldKey().equals(Optional.of("item.2013101.fiscal.generalBudget.basic"))
                    && e.oldValue().equals(Optional.of("90503.20"))
                    && e.newValue().equals(Optional.of("10503.20"))
                    && e.actor().equals(u));
    assertThat(trail).filteredOn(e -> e.kind() == ReportEvent.Kind.STATE).hasSize(4);

    assertThatThrownBy(
            () ->
                reports.edit(filer, id, repository.header(id).orElseThrow().lockVersion(), a -> a))
        .isInstanceOf(ActionRefusedException.class)
        .hasMessageContaining("新版本");
    long v2 = reports.newVersion(filer, id);
    reports.submit(filer, v2, repository.header(v2).orElseThrow().lockVersion());
    reports.approve(
        reviewer, v2, repository.header(v2).orElseThrow().lockVersion(), Optional.empty());
    assertThat(repository.header(id).orElseThrow().state()).isEqualTo(ReportState.SUPERSEDED);
    assertThat(reports.publicVersions(repository.header(v2).orElseThrow()))
        .extracting(ReportHeader::versionNo)
        .containsExactly(2, 1);
    assertThat(http.getForEntity("/reports/" + v2, String.class).getBody())
        .contains("版本记录")
        .contains("已被新版本替代");
  }

  @Test
  void unitsDutiesProjectsAndIndicatorsAreEditedRowByRowWithTrail() {
    String name = "列表编辑部门" + System.nanoTime();
    long dept = accounts.createDepartment(name, "列表", "", UnitKind.ADMINISTRATIVE, Instant.now());
    String u = "r" + System.nanoTime();
    accounts.createUser(
        u, encoder.encode("secret-123456"), "填报", Role.FILER, Optional.of(dept), Instant.now());
    CurrentUser filer = new CurrentUser(accounts.user(u).orElseThrow(), false);
    long id = reports.create(filer, 2023);

    int lock = reports.edit(filer, id, 0, a -> RowEdits.add(a, "duty", Map.of("text", "负责文电处理")));
    lock =
        reports.edit(
            filer,
            id,
            lock,
            a ->
                RowEdits.add(a, "unit", Map.of("name", "总值班室", "kind", "事业单位", "headOffice", "否")));
    lock =
        reports.edit(
            filer,
            id,
            lock,
            a ->
                RowEdits.add(
                    a, "project", Map.of("name", "机要保密专项经费", "budget", "740000", "actual", "1")));
    lock = reports.edit(filer, id, lock, a -> RowEdits.add(a, "goal", Map.of("title", "提升办文办会质效")));
    lock =
        reports.edit(
            filer,
            id,
            lock,
            a ->
                RowEdits.add(
                    a,
                    "goal.1.indicator",
                    Map.of(
                        "level1", "产出指标", "level2", "数量指标", "name", "制发文件件数", "target", "≥20件")));
    int before = lock;
    lock =
        reports.edit(
            filer,
            id,
            lock,
            a ->
                FactEdits.apply(
                    a,
                    Map.of(
                        "unit.2.name", "区委总值班室",
                        "duty.1", "负责区委文电处理",
                        "project.1.actual", "638600.00",
                        "goal.1.indicator.1.target", "≥25件",
                        "goal.1.indicator.1.actual", "36件")));
    assertThatThrownBy(
            () ->
                reports.edit(
                    filer, id, before, a -> FactEdits.apply(a, Map.of("duty.1", "另一人的修改"))))
        .isInstanceOf(StaleReportException.class)
        .hasMessageContaining("已被他人修改");
    assertThatThrownBy(
            () ->
                FactEdits.apply(
                    repository.load(id), Map.of("project.1.budget", "12,3a", "unit.2.name", "")))
        .isInstanceOf(io.juesuan.core.filing.InvalidEditException.class)
        .hasMessageContaining("绩效自评项目 第1行 机要保密专项经费 · 预算数")
        .hasMessageContaining("单位构成 第2行 区委总值班室 · 单位名称」不能为空");

    FinalAccounts stored = repository.load(id);
    assertThat(stored.department().units())
        .extracting(x -> x.name())
        .containsExactly(name + "（本级）", "区委总值班室");
    assertThat(stored.department().units().get(1).kind()).isEqualTo(UnitKind.INSTITUTION);
    assertThat(stored.department().duties()).containsExactly("负责区委文电处理");
    assertThat(stored.evaluation().projects().get(0).actual().plain()).isEqualTo("638600.00");
    var indicator = stored.evaluation().goals().get(0).indicators().get(0);
    assertThat(indicator.target().text()).isEqualTo("≥25件");
    assertThat(indicator.judgement()).isEqualTo(io.juesuan.core.performance.Judgement.MET);
    Map<String, String> sheet = FactSheet.of(stored);
    assertThat(sheet)
        .containsEntry("unit.2.headOffice", "否")
        .containsEntry("project.1.budget", "740000.00")
        .containsEntry("goal.1.indicator.1.level2", "数量指标");

    List<ReportEvent> trail = repository.events(id);
    assertThat(trail)
        .anyMatch(
            e ->
                e.fieldKey().equals(Optional.of("unit.2.name"))
                    && e.oldValue().equals(Optional.of("总值班室"))
                    && e.newValue().equals(Optional.of("区委总值班室"))
                    && e.actor().equals(u))
        .anyMatch(
            e ->
                e.fieldKey().equals(Optional.of("duty.1"))
                    && e.oldValue().equals(Optional.of("负责文电处理"))
                    && e.newValue().equals(Optional.of("负责区委文电处理")))
        .anyMatch(
            e ->
                e.fieldKey().equals(Optional.of("project.1.actual"))
                    && e.oldValue().equals(Optional.of("1.00"))
                    && e.newValue().equals(Optional.of("638600.00")))
        .anyMatch(
            e ->
                e.fieldKey().equals(Optional.of("goal.1.indicator.1.target"))
                    && e.fieldLabel().equals(Optional.of("绩效目标 第1行 · 指标 第1行 制发文件件数 · 年初目标值"))
                    && e.oldValue().equals(Optional.of("≥20件"))
                    && e.newValue().equals(Optional.of("≥25件")))
        .anyMatch(
            e ->
                e.fieldKey().equals(Optional.of("project.1.name"))
                    && e.oldValue().isEmpty()
                    && e.newValue().equals(Optional.of("机要保密专项经费")));

    lock = reports.edit(filer, id, lock, a -> RowEdits.remove(a, "goal.1.indicator.1"));
    reports.edit(filer, id, lock, a -> RowEdits.remove(a, "unit.2"));
    FinalAccounts after = repository.load(id);
    assertThat(after.evaluation().goals().get(0).indicators()).isEmpty();
    assertThat(after.department().units()).hasSize(1);
    assertThat(repository.events(id))
        .anyMatch(
            e ->
                e.fieldKey().equals(Optional.of("unit.2.name"))
                    && e.oldValue().equals(Optional.of("区委总值班室"))
                    && e.newValue().isEmpty());
  }
}
