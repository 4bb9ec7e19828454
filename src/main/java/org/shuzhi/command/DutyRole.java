package org.shuzhi.command;

/** 带班领导 (leader of the shift) or 值班员 (officer on duty). */
public enum DutyRole {
  LEADER,
  OFFICER
}
