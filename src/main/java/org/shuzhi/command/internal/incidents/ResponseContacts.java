package org.shuzhi.command.internal.incidents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shuzhi.command.DutyPerson;
import org.shuzhi.command.PlanTask;
import org.shuzhi.command.ResourceQueries;
import org.shuzhi.command.internal.CommandRights;
import org.shuzhi.core.PhoneNumber;
import org.shuzhi.enterprise.EnterpriseContacts;
import org.shuzhi.notification.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The people a response notifies by name (issue 5, must-have 4: "the people to notify (enterprise
 * contacts, town and department on duty)"): who is on duty NOW (duty roster, 值班) for the incident's
 * town, for the emergency bureau and for every department the started tasks name, and the contact
 * of the enterprise the incident concerns. A person whose roster entry names an account is notified
 * in the app; everyone else by SMS to their phone. Each person once (by account, else phone).
 */
@Component
class ResponseContacts {

  private static final Logger log = LoggerFactory.getLogger(ResponseContacts.class);

  /** A contact with how to reach them (plaintext phone inside the recipient; server only). */
  record Reach(ResponseContact contact, Recipient recipient) {}

  private final ResourceQueries resources;
  private final EnterpriseContacts enterprises;
  private final IncidentService incidents;

  ResponseContacts(
      ResourceQueries resources, EnterpriseContacts enterprises, IncidentService incidents) {
    this.resources = resources;
    this.enterprises = enterprises;
    this.incidents = incidents;
  }

  List<ResponseContact> of(Incident incident, List<PlanTask> tasks) {
    return reach(incident, tasks).stream().map(Reach::contact).toList();
  }

  List<Reach> reach(Incident incident, List<PlanTask> tasks) {
    Map<String, Reach> all = new LinkedHashMap<>();
    String townName = incidents.townName(incident.townCode());
    for (DutyPerson p : resources.onDutyForTown(incident.townCode())) {
      add(all, p, townName);
    }
    for (String department : departments(tasks)) {
      for (DutyPerson p : resources.onDutyForDepartment(department)) {
        add(all, p, department);
      }
    }
    if (incident.enterpriseUscc() != null) {
      enterprises
          .contact(incident.enterpriseUscc())
          .ifPresent(
              c ->
                  put(
                      all,
                      new ResponseContact(
                          c.person() == null ? "" : c.person(),
                          c.enterpriseName(),
                          "ENTERPRISE",
                          PhoneNumber.mask(c.phone()),
                          null),
                      c.phone()));
    }
    return new ArrayList<>(all.values());
  }

  /** The emergency bureau and every department a task is assigned to (not roles, not TOWN). */
  static Set<String> departments(List<PlanTask> tasks) {
    Set<String> departments = new LinkedHashSet<>();
    departments.add(CommandRights.EMERGENCY);
    for (PlanTask t : tasks) {
      var r = ResponseRecipients.assignee(t.assignee());
      if (r.kind() == Recipient.Kind.DEPARTMENT) {
        departments.add(r.name());
      }
    }
    return departments;
  }

  private static void add(Map<String, Reach> all, DutyPerson p, String unit) {
    ResponseContact contact =
        new ResponseContact(p.name(), unit, p.role().name(), p.phoneMasked(), p.account());
    if (p.account() != null) {
      all.putIfAbsent("user:" + p.account(), new Reach(contact, Recipient.user(p.account())));
    } else {
      put(all, contact, p.phone());
    }
  }

  private static void put(Map<String, Reach> all, ResponseContact contact, String phone) {
    String number = phone == null ? "" : phone.replaceAll("[\\s()]", "");
    try {
      all.putIfAbsent("phone:" + number, new Reach(contact, Recipient.phone(number)));
    } catch (IllegalArgumentException e) {
      // A phone the SMS channel cannot address: listed nowhere rather than failing the response.
      log.warn("{} {}: phone not usable for SMS", contact.unit(), contact.name());
    }
  }
}
