/**
 * Platform: what every module runs on. The data directory (one instance per directory), the
 * database (embedded PostgreSQL by default, external by configuration), the web shell (layout,
 * navigation contributed by modules, language switch, error pages, the SSE streams of live pages)
 * and the RFC 9457 error model.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.shuzhi.platform;
