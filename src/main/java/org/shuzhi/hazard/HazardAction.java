package org.shuzhi.hazard;

/** What can be done to a hazard after it was reported. Stored by name in hazard_transition. */
public enum HazardAction {
  /** 定级: general or major. */
  GRADE,
  /** 交办: responsible unit and deadline. */
  ASSIGN,
  /** 开始整改. */
  START,
  /** 整改完成: with text and photo evidence. */
  RECTIFY,
  /** 复查通过. */
  REINSPECT_PASS,
  /** 复查不通过: back to rectifying. */
  REINSPECT_FAIL,
  /** 挂牌督办: major hazards only; a flag, the state stays. */
  SUPERVISE,
  /** 销号. */
  CLOSE
}
