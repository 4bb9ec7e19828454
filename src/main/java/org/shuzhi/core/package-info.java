/**
 * Core (shared kernel): national codes and value types every module uses — {@link
 * org.shuzhi.core.Uscc} (统一社会信用代码, GB 32100-2015), {@link org.shuzhi.core.IndustryCode} and {@link
 * org.shuzhi.core.IndustryCatalogue} (GB/T 4754-2017), {@link org.shuzhi.core.GeoPoint} and {@link
 * org.shuzhi.core.CoordinateConverter} (WGS-84 / GCJ-02 / BD-09), and PIPL masking of personal data
 * ({@link org.shuzhi.core.PhoneNumber}, {@link org.shuzhi.core.IdNumber}). Bad input raises an
 * {@link org.shuzhi.core.InvalidValueException} whose message key lives in {@code i18n/core}. Plain
 * Java; {@code internal} only registers the catalogue and converter as beans.
 */
package org.shuzhi.core;
