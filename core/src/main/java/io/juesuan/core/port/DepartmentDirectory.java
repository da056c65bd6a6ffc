package io.juesuan.core.port;

import io.juesuan.core.report.Department;
import java.util.Optional;

/** 部门名录 — the departments registered in the system, as a new department-year starts them. */
public interface DepartmentDirectory {
  /** The department with its 本级 unit and no duties yet. */
  Optional<Department> department(long departmentId);
}
