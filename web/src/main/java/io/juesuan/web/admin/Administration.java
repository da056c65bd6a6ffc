package io.juesuan.web.admin;

import io.juesuan.core.filing.Role;
import io.juesuan.core.report.UnitKind;
import io.juesuan.persistence.DepartmentRecord;
import io.juesuan.persistence.FiscalYearRecord;
import io.juesuan.persistence.JdbcAccountRepository;
import io.juesuan.persistence.UserAccount;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** 系统管理 use cases: departments, user accounts and the fiscal years open for filing. */
@Service
public class Administration {
  /** What an action did: problems to show, or a notice. */
  public record Outcome(List<String> problems, String notice) {
    static Outcome refused(List<String> problems) {
      return new Outcome(List.copyOf(problems), "");
    }

    static Outcome done(String notice) {
      return new Outcome(List.of(), notice);
    }
  }

  private final JdbcAccountRepository accounts;
  private final PasswordEncoder encoder;
  private final Clock clock;
  private final UserSessions sessions;

  Administration(
      JdbcAccountRepository accounts, PasswordEncoder encoder, Clock clock, UserSessions sessions) {
    this.accounts = accounts;
    this.encoder = encoder;
    this.clock = clock;
    this.sessions = sessions;
  }

  public List<DepartmentRecord> departments() {
    return accounts.departments();
  }

  public List<UserAccount> users() {
    return accounts.users();
  }

  public List<FiscalYearRecord> years() {
    return accounts.years();
  }

  /** Years a filer may create a department-year for. */
  public List<Integer> yearsOpenForFiling() {
    return accounts.years().stream()
        .filter(FiscalYearRecord::openForFiling)
        .map(FiscalYearRecord::year)
        .toList();
  }

  Outcome addDepartment(String name, String shortName, String region, UnitKind kind) {
    if (name.isBlank() || name.length() > 200) {
      return Outcome.refused(List.of("部门名称不能为空，且不超过200字"));
    }
    try {
      accounts.createDepartment(
          name.trim(),
          shortName.isBlank() ? name.trim() : shortName.trim(),
          region.trim(),
          kind,
          clock.instant());
      return Outcome.done("已添加部门 " + name.trim());
    } catch (DuplicateKeyException e) {
      return Outcome.refused(List.of("部门“" + name.trim() + "”已存在"));
    }
  }

  Outcome addUser(
      String username,
      String displayName,
      String password,
      Role role,
      Optional<Long> departmentId) {
    List<String> problems = new ArrayList<>();
    if (!username.matches("[A-Za-z0-9_.-]{3,60}")) {
      problems.add("用户名应为3至60位字母、数字或 _ . -");
    }
    if (password.length() < 10) {
      problems.add("密码至少10位");
    }
    if (role == Role.FILER && departmentId.flatMap(accounts::department).isEmpty()) {
      problems.add("填报人必须属于一个部门");
    }
    if (!problems.isEmpty()) {
      return Outcome.refused(problems);
    }
    try {
      accounts.createUser(
          username,
          encoder.encode(password),
          displayName.isBlank() ? username : displayName.trim(),
          role,
          role == Role.FILER ? departmentId : Optional.empty(),
          clock.instant());
      return Outcome.done("已添加用户 " + username);
    } catch (DuplicateKeyException e) {
      return Outcome.refused(List.of("用户名“" + username + "”已存在"));
    }
  }

  Outcome setEnabled(String actor, long userId, boolean enabled) {
    Optional<UserAccount> target =
        accounts.users().stream().filter(u -> u.id() == userId).findFirst();
    if (target.isEmpty()) {
      return Outcome.refused(List.of("未找到该用户"));
    }
    if (!enabled) {
      Optional<String> refusal =
          AccountGuard.refuseDisabling(actor, target.get(), accounts.users());
      if (refusal.isPresent()) {
        return Outcome.refused(List.of(refusal.get()));
      }
    }
    accounts.setEnabled(userId, enabled);
    if (!enabled) {
      int ended = sessions.endSessionsOf(target.get().username());
      return Outcome.done(
          "已停用账户 " + target.get().username() + (ended > 0 ? "，已结束其 " + ended + " 个登录会话" : ""));
    }
    return Outcome.done("已启用账户 " + target.get().username());
  }

  Outcome openYear(int year, boolean open) {
    if (year < 2000 || year > 2100) {
      return Outcome.refused(List.of("年度应在 2000 至 2100 之间"));
    }
    if (open
        && io.juesuan.core.edition.Editions.installed().all().stream()
            .noneMatch(e -> e.fiscalYear() == year)) {
      return Outcome.refused(
          List.of(
              year
                  + " 年度还没有版本（表样、规则、科目），不能开放填报。"
                  + io.juesuan.core.edition.Editions.installed().available()));
    }
    accounts.openYear(year, open);
    return Outcome.done(year + " 年度已" + (open ? "开放填报" : "关闭填报"));
  }
}
