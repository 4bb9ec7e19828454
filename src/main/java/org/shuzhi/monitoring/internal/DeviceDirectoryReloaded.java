package org.shuzhi.monitoring.internal;

/**
 * The in-memory device registry was reloaded (after a change on this node, or on its periodic
 * refresh, which picks up other nodes' changes); the alarm engine then refreshes or forgets the
 * evaluator's state of changed, disabled and deleted devices.
 */
public record DeviceDirectoryReloaded() {}
