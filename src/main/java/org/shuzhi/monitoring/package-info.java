/**
 * Monitoring (一码监测): IoT devices at hazardous-chemical sites and flood points, their telemetry, and
 * the alarm rules evaluated on it (issue 4).
 */
package org.shuzhi.monitoring;
