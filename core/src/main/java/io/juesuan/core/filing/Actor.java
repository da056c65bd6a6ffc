package io.juesuan.core.filing;

import java.util.Objects;
import java.util.Optional;

/** 操作人 — who acts on a department-year: a login name, a role and, for a 填报人, the department. */
public record Actor(String username, Role role, Optional<Long> departmentId) {
  public Actor {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(departmentId, "departmentId");
  }

  public boolean isFiler() {
    return role == Role.FILER;
  }

  /** 审核人 and 管理员 see every department's reports. */
  public boolean seesAllDepartments() {
    return role == Role.REVIEWER || role == Role.ADMIN;
  }
}
