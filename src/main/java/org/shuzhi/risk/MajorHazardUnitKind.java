package org.shuzhi.risk;

/** 生产单元 / 储存单元 (GB 18218-2018 §3.4, §3.5). */
public enum MajorHazardUnitKind {
  PRODUCTION,
  STORAGE
}
