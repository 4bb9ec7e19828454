package org.shuzhi.area.internal;

import org.shuzhi.area.TownKind;

/** A town as listed in the bundled NBS town list, with its label point (WGS-84). */
public record TownSeed(
    String code,
    String code12,
    String amapCode,
    String name,
    TownKind kind,
    double lon,
    double lat) {}
