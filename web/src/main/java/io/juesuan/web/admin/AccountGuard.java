package io.juesuan.web.admin;

import io.juesuan.core.filing.Role;
import io.juesuan.persistence.UserAccount;
import java.util.List;
import java.util.Optional;

/** 账户停用的约束: an administrator cannot disable themself, nor the last enabled administrator. */
final class AccountGuard {
  private AccountGuard() {}

  static Optional<String> refuseDisabling(String actor, UserAccount target, List<UserAccount> all) {
    if (target.username().equalsIgnoreCase(actor)) {
      return Optional.of("不能停用自己的账户；请由另一位管理员操作");
    }
    if (target.role() == Role.ADMIN && target.enabled()) {
      long enabledAdmins = all.stream().filter(u -> u.role() == Role.ADMIN && u.enabled()).count();
      if (enabledAdmins <= 1) {
        return Optional.of("不能停用最后一位启用中的管理员账户");
      }
    }
    return Optional.empty();
  }
}
