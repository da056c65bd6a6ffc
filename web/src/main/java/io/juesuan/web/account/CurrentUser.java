package io.juesuan.web.account;

import io.juesuan.core.filing.Actor;
import io.juesuan.core.filing.Role;
import io.juesuan.persistence.UserAccount;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user, as Spring Security's principal: role and, for a 填报人, the department. */
public final class CurrentUser implements UserDetails {
  private static final long serialVersionUID = 1L;
  private final String username;
  private final String passwordHash;
  private final String displayName;
  private final Role role;
  private final Long departmentId;
  private final String departmentName;
  private final boolean enabled;
  private final boolean locked;

  public CurrentUser(UserAccount account, boolean locked) {
    Objects.requireNonNull(account, "account");
    this.username = account.username();
    this.passwordHash = account.passwordHash();
    this.displayName = account.displayName();
    this.role = account.role();
    this.departmentId = account.departmentId().orElse(null);
    this.departmentName = account.departmentName().orElse(null);
    this.enabled = account.enabled();
    this.locked = locked;
  }

  public Role role() {
    return role;
  }

  public String displayName() {
    return displayName;
  }

  public Optional<Long> departmentId() {
    return Optional.ofNullable(departmentId);
  }

  public Optional<String> departmentName() {
    return Optional.ofNullable(departmentName);
  }

  public boolean isFiler() {
    return role == Role.FILER;
  }

  /** 审核人 and 管理员 see every department's reports. */
  public boolean seesAllDepartments() {
    return role == Role.REVIEWER || role == Role.ADMIN;
  }

  /** The user as the filing use cases know them. */
  public Actor actor() {
    return new Actor(username, role, departmentId());
  }

  public String roleLabel() {
    return role.label();
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isAccountNonLocked() {
    return !locked;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }
}
