package org.shuzhi.core;

/** Geographic coordinate systems met in Chinese map data. Shuzhi stores WGS-84. */
public enum CoordinateSystem {
  /** GPS datum (EPSG:4326); at web-map precision the same as CGCS2000 used by 天地图. */
  WGS84,
  /** 国测局 "火星坐标": WGS-84 with the state-mandated offset; 高德/Amap, 腾讯, DataV. */
  GCJ02,
  /** Baidu's extra offset on top of GCJ-02 (bd09ll, degrees). */
  BD09
}
