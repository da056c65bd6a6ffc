package io.juesuan.persistence;

import io.juesuan.core.port.DepartmentDirectory;
import io.juesuan.core.report.Department;
import io.juesuan.core.report.Unit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The registered departments ({@link JdbcAccountRepository}) as the filing use cases see them. */
public final class JdbcDepartmentDirectory implements DepartmentDirectory {
  private final JdbcAccountRepository accounts;

  public JdbcDepartmentDirectory(JdbcAccountRepository accounts) {
    this.accounts = Objects.requireNonNull(accounts, "accounts");
  }

  @Override
  public Optional<Department> department(long departmentId) {
    return accounts
        .department(departmentId)
        .map(
            d ->
                new Department(
                    d.name(),
                    d.shortName(),
                    d.region(),
                    d.kind(),
                    List.of(new Unit(d.name() + "（本级）", d.kind(), true)),
                    List.of()));
  }
}
