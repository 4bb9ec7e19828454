package org.shuzhi.command;

/** Kinds of rescue team (应急救援队伍), stored by name. */
public enum TeamKind {
  /** 综合性消防救援队伍 / 综合应急救援队. */
  COMPREHENSIVE,
  FIRE,
  /** 危化品救援. */
  HAZARDOUS_CHEMICAL,
  /** 水上（水域）救援. */
  WATER_RESCUE,
  MEDICAL,
  MINE_RESCUE,
  ELECTRIC_POWER,
  COMMUNICATION,
  /** 工程抢险. */
  ENGINEERING,
  /** 社会救援力量（志愿者）. */
  SOCIAL_VOLUNTEER
}
