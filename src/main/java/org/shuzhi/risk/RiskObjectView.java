package org.shuzhi.risk;

import java.time.Instant;
import java.util.List;

/**
 * A risk object as shown to a user (phones masked).
 *
 * @param colour the highest current colour of its risk points; null while none is assessed
 * @param ownLocation whether lon/lat are the object's own (false: its enterprise's)
 */
public record RiskObjectView(
    long id,
    String name,
    RiskObjectKind kind,
    String enterpriseUscc,
    String enterpriseName,
    String address,
    Double lon,
    Double lat,
    boolean ownLocation,
    String townCode,
    String townName,
    Long gridId,
    String gridName,
    RiskColour colour,
    List<RiskPersonView> responsiblePersons,
    boolean synthetic,
    Instant updatedAt,
    String updatedBy,
    int version) {}
