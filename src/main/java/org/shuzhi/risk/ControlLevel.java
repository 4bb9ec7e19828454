package org.shuzhi.risk;

/** 管控层级 of a risk point: who controls it (公司/部门/班组/岗位). */
public enum ControlLevel {
  COMPANY,
  DEPARTMENT,
  TEAM,
  POST
}
