package org.shuzhi.monitoring.internal;

import java.time.Instant;
import org.shuzhi.monitoring.FloodStation;

/** A flood station with its record-keeping fields (public so templates can read it). */
public record StationRow(FloodStation station, Instant updatedAt, String updatedBy, int version) {}
