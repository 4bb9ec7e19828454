/**
 * Command (应急指挥): the emergency resources a response draws on — rescue teams with their on-duty
 * state, warehouses with their supplies (catalogue, stock, reserved, minimum stock, expiry),
 * shelters rated by usable area (GB 21734: m² per person, configurable) and the duty roster (值班) —
 * and the emergency plans (应急预案) per incident type with response levels Ⅰ–Ⅳ, their triggers as
 * data, task checklists, supplies and team kinds per level.
 *
 * <p>Other modules (and the one-click response built on top) use the root API: {@link
 * org.shuzhi.command.EmergencyPlans} picks the response level from an incident's facts and says
 * which trigger matched; {@link org.shuzhi.command.ResourceQueries} finds the nearest on-duty teams
 * with distance and travel time, covers supply needs from the nearest warehouses, assigns shelters
 * nearest-first within free capacity and names who is on duty now; {@link
 * org.shuzhi.command.Reservations} reserves supplies and shelter places and dispatches teams, or
 * refuses and changes nothing; at an incident's closure a supply reservation is consumed (the used
 * part deducted from stock, the rest released). Registries keep a history of every change ({@code
 * command_change}) and write audit entries, and announce each committed change ({@code
 * internal.ResourcesChanged}) so the cockpit's resources tile is pushed; reads apply the caller's
 * data scope in SQL (town staff see their town). A duty roster entry may name the person's account
 * (an enabled one; also in the roster's Excel as the optional 账户 / Account column).
 *
 * <p>Incidents ({@code internal.incidents}, 突发事件) are reported by hand (inside the district) or
 * opened in one click from a monitoring alarm (the module keeps its own copy of alarms from {@code
 * monitoring.AlarmRaised}/{@code AlarmCleared}; type and location come from {@code
 * monitoring.Devices}); they move REPORTED → RESPONDING → UNDER_CONTROL → CLOSED (closing needs the
 * after-action review) and keep an append-only timeline (the database refuses UPDATE and DELETE).
 * The one-click response proposes level, teams, supplies, shelters, people to notify and tasks from
 * the plan and the resource queries, and its confirmation holds everything and notifies ({@code
 * notification.Notifications}) in ONE transaction, idempotent per proposal token: the responsible
 * groups, and by name the people on duty now (town, emergency bureau, the tasks' departments) and
 * the enterprise's contact ({@code enterprise.EnterpriseContacts}) — in the app when the roster
 * names an account, else by SMS. The form draws the affected area as a circle or a polygon. {@link
 * org.shuzhi.command.IncidentOpened}, {@link org.shuzhi.command.IncidentLevelChanged} and {@link
 * org.shuzhi.command.IncidentClosed} are published for the cockpit, to which the module contributes
 * the incidents and resources tiles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command")
package org.shuzhi.command;
