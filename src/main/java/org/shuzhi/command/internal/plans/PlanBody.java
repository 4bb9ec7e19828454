package org.shuzhi.command.internal.plans;

import java.util.List;
import org.shuzhi.command.PlanLevel;

/** The JSON stored in {@code command_plan.body}: the plan's levels. */
record PlanBody(List<PlanLevel> levels) {}
