package io.juesuan.core.filing;

/** 角色. Anonymous readers have no account. */
public enum Role {
  /** 填报人: files the reports of one department. */
  FILER("填报人"),
  /** 审核人 (财政局): reviews, returns or approves (approval publishes) every department's reports. */
  REVIEWER("审核人"),
  /** 管理员: departments, users, fiscal years. */
  ADMIN("管理员");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
