package io.juesuan.persistence;

import io.juesuan.core.filing.Role;
import java.util.Objects;
import java.util.Optional;

/** A user account; {@code departmentId} and {@code departmentName} are present for filers only. */
public record UserAccount(
    long id,
    String username,
    String passwordHash,
    String displayName,
    Role role,
    Optional<Long> departmentId,
    Optional<String> departmentName,
    boolean enabled) {
  public UserAccount {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(departmentId, "departmentId");
    Objects.requireNonNull(departmentName, "departmentName");
  }
}
