package io.juesuan.core.filing;

import java.util.Optional;

/**
 * Who may see and change which report: the public sees published versions; a 填报人 sees and edits the
 * department's own reports; 审核人 and 管理员 see all of them.
 */
public final class ReportAccess {
  private ReportAccess() {}

  public static boolean canRead(Optional<Actor> actor, ReportHeader h) {
    if (h.state().publicVisible()) {
      return true;
    }
    return actor.map(u -> u.seesAllDepartments() || ownDepartment(u, h)).orElse(false);
  }

  public static boolean ownDepartment(Actor u, ReportHeader h) {
    return u.isFiler() && u.departmentId().map(d -> d == h.departmentId()).orElse(false);
  }
}
