package org.shuzhi.area.internal;

import java.time.OffsetDateTime;
import org.shuzhi.area.Town;

/** A stored town with its boundary and who changed it last. */
record TownRow(
    Town town,
    String boundaryGeoJson,
    BoundarySource boundarySource,
    OffsetDateTime updatedAt,
    String updatedBy) {}
