package org.shuzhi.area;

/** The two kinds of 乡级 unit in a district (GB/T 2260 / NBS 统计用区划代码). */
public enum TownKind {
  /** 镇. */
  TOWN,
  /** 街道. */
  SUBDISTRICT
}
