package io.juesuan.web.report;

import io.juesuan.persistence.ReportHeader;
import io.juesuan.web.account.CurrentUser;
import java.util.Optional;

/**
 * Who may see and change which report: the public sees published versions; a 填报人 sees and edits the
 * department's own reports; 审核人 and 管理员 see all of them.
 */
public final class ReportAccess {
  private ReportAccess() {}

  public static boolean canRead(Optional<CurrentUser> user, ReportHeader h) {
    if (h.state().publicVisible()) {
      return true;
    }
    return user.map(u -> u.seesAllDepartments() || ownDepartment(u, h)).orElse(false);
  }

  public static boolean ownDepartment(CurrentUser u, ReportHeader h) {
    return u.isFiler() && u.departmentId().map(d -> d == h.departmentId()).orElse(false);
  }
}
