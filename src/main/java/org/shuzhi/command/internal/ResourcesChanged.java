package org.shuzhi.command.internal;

/**
 * Published inside the transaction that changed a resource registry (a team, shelter, warehouse or
 * stock line created, edited, deleted or imported), so that whatever shows the resources (the
 * cockpit's resources tile) reads them again once the change is committed.
 *
 * @param townCode the town of the changed record, or null when several or unknown
 */
public record ResourcesChanged(String townCode) {}
