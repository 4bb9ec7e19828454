package org.shuzhi.command.internal.incidents;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.shuzhi.command.PlanTask;
import org.shuzhi.command.internal.CommandRights;
import org.shuzhi.identity.Role;
import org.shuzhi.notification.Recipient;
import org.springframework.stereotype.Component;

/**
 * Who a response notifies: the emergency bureau (its staff and webhooks), the town staff of the
 * incident's town, the enterprise's users when the incident concerns an enterprise, and every
 * assignee of the started tasks — a role name (e.g. DISTRICT_LEADER), {@code TOWN} for the town
 * staff, else a department code. The notification module limits role recipients to those whose data
 * scope covers the incident's town or enterprise.
 */
@Component
class ResponseRecipients {

  static final String TOWN = "TOWN";

  Set<Recipient> of(Incident incident, List<PlanTask> tasks) {
    Set<Recipient> all = new LinkedHashSet<>();
    all.add(Recipient.department(CommandRights.EMERGENCY));
    all.add(Recipient.role(Role.TOWN_STAFF));
    if (incident.enterpriseUscc() != null) {
      all.add(Recipient.role(Role.ENTERPRISE_USER));
    }
    for (PlanTask task : tasks) {
      all.add(assignee(task.assignee()));
    }
    return all;
  }

  static Recipient assignee(String assignee) {
    if (TOWN.equals(assignee)) {
      return Recipient.role(Role.TOWN_STAFF);
    }
    boolean role = Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(assignee));
    return role ? Recipient.role(Role.valueOf(assignee)) : Recipient.department(assignee);
  }
}
