package org.shuzhi.identity;

/**
 * Roles. The three admin roles are separated (三员分立, GB/T 22239-2019 8.1.4.2 / 8.1.5): none can do
 * another's work, and none reads business data. Business roles read business data within their
 * {@link DataScope}.
 */
public enum Role {
  /** 系统管理员: accounts (create, disable, reset password), system settings. */
  SYSTEM_ADMIN,
  /** 安全管理员: role and scope assignment, password policy, unlocking, plaintext permission. */
  SECURITY_ADMIN,
  /** 审计管理员: reads the audit trail, nothing else. */
  AUDIT_ADMIN,
  /** 区领导: reads everything. */
  DISTRICT_LEADER,
  /** 部门人员: the modules of their department, district-wide. */
  DEPARTMENT_STAFF,
  /** 镇街人员: their own town only. */
  TOWN_STAFF,
  /** 网格员: their grids. */
  GRID_WORKER,
  /** 企业用户: their own enterprise. */
  ENTERPRISE_USER;

  public boolean admin() {
    return this == SYSTEM_ADMIN || this == SECURITY_ADMIN || this == AUDIT_ADMIN;
  }

  /** The Spring Security authority, e.g. {@code ROLE_TOWN_STAFF}. */
  public String authority() {
    return "ROLE_" + name();
  }
}
