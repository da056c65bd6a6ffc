package io.juesuan.web.report;

import io.juesuan.core.filing.ReportAccess;
import io.juesuan.core.filing.ReportEvent;
import io.juesuan.core.filing.ReportHeader;
import io.juesuan.core.filing.Role;
import io.juesuan.persistence.JdbcAccountRepository;
import io.juesuan.web.account.CurrentUser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * 修改记录 as a reader outside the process sees it: who acted is shown as role and department
 * (填报人（某部门）, 审核人（财政局）), never as a login name, and review comments and the reasons given with a
 * state change (退回原因, 审核意见) stay internal. The department's filers, reviewers and administrators
 * see the full trail.
 */
@Component
public class PublicTrail {
  static final String FINANCE_BUREAU = "财政局";
  private final JdbcAccountRepository accounts;

  PublicTrail(JdbcAccountRepository accounts) {
    this.accounts = accounts;
  }

  public List<ReportEvent> forReader(
      Optional<CurrentUser> user, ReportHeader h, List<ReportEvent> events) {
    boolean internal =
        user.map(u -> u.seesAllDepartments() || ReportAccess.ownDepartment(u.actor(), h))
            .orElse(false);
    if (internal) {
      return events;
    }
    Map<String, String> actors = new HashMap<>();
    return events.stream()
        .filter(e -> e.kind() != ReportEvent.Kind.COMMENT)
        .map(
            e ->
                new ReportEvent(
                    e.reportId(),
                    e.at(),
                    actors.computeIfAbsent(e.actor(), this::publicActor),
                    e.kind(),
                    e.fieldKey(),
                    e.fieldLabel(),
                    e.oldValue(),
                    e.newValue(),
                    e.kind() == ReportEvent.Kind.STATE ? Optional.empty() : e.note()))
        .toList();
  }

  private String publicActor(String username) {
    return accounts
        .user(username)
        .map(
            u ->
                u.role().label()
                    + "（"
                    + (u.role() == Role.FILER ? u.departmentName().orElse("部门") : FINANCE_BUREAU)
                    + "）")
        .orElse("系统");
  }
}
