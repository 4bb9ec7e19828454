package org.shuzhi.monitoring.internal.rules;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What must hold for a rule to alarm. A condition, when it holds, gives a severity: the rule's own
 * severity for plain conditions, or a graded one (threshold limits, flood levels, rainstorm
 * colours). Combinations: {@link AllOf} holds at the least of its parts' severities, {@link AnyOf}
 * at the gravest.
 *
 * <p>In JSON the kind is the {@code type} property ({@code threshold}, {@code rateOfChange}, {@code
 * heldFor}, {@code all}, {@code any}, {@code noData}, {@code floodLevel}, {@code rainstorm}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Threshold.class, name = "threshold"),
  @JsonSubTypes.Type(value = RateOfChange.class, name = "rateOfChange"),
  @JsonSubTypes.Type(value = HeldFor.class, name = "heldFor"),
  @JsonSubTypes.Type(value = AllOf.class, name = "all"),
  @JsonSubTypes.Type(value = AnyOf.class, name = "any"),
  @JsonSubTypes.Type(value = NoData.class, name = "noData"),
  @JsonSubTypes.Type(value = FloodLevel.class, name = "floodLevel"),
  @JsonSubTypes.Type(value = Rainstorm.class, name = "rainstorm")
})
public sealed interface Condition
    permits Threshold, RateOfChange, HeldFor, AllOf, AnyOf, NoData, FloodLevel, Rainstorm {}
