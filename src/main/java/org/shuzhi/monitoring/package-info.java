/**
 * Monitoring (一码监测): the device registry (devices, their channels and the object each watches — a
 * risk object, a major-hazard unit or a flood station), flood stations with their warning,
 * guarantee and historical levels, and loss-free telemetry ingestion over MQTT and HTTP into
 * time-partitioned storage with latest values and hourly aggregates. Committed readings are
 * published as {@link org.shuzhi.monitoring.TelemetryReceived} batches for the alarm rules, which
 * are data (thresholds, rate of change, held-for, AND/OR, offline, flood and rainstorm colours),
 * validated when saved and evaluated in memory ({@code internal.rules}) on one evaluator thread.
 * Alarms ({@code internal.alarms}) follow the lifecycle raised → acknowledged → cleared → closed,
 * one active per rule and device, escalate through {@code notification} when nobody acknowledges,
 * are published as {@link org.shuzhi.monitoring.AlarmRaised} / {@link
 * org.shuzhi.monitoring.AlarmCleared}, and count for the safety code ({@code risk.ActiveAlarms}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring")
package org.shuzhi.monitoring;
