package org.shuzhi.command.internal.plans;

import java.util.ArrayList;
import java.util.List;
import org.shuzhi.command.EmergencyPlan;
import org.shuzhi.command.IncidentType;
import org.shuzhi.command.PlanDraft;
import org.shuzhi.command.PlanLevel;
import org.shuzhi.command.PlanTask;
import org.shuzhi.command.ResponseLevel;
import org.shuzhi.command.SupplyNeed;
import org.shuzhi.command.TeamKind;
import org.shuzhi.command.Trigger;
import org.shuzhi.command.TriggerMetric;
import org.shuzhi.command.WarningColour;
import org.shuzhi.command.internal.FormInput;

/**
 * The plan editor as typed: type, name and one block per response level Ⅰ–Ⅳ. A level block has a
 * threshold per count metric and a least alarm colour (blank: not a trigger) — one per metric is
 * enough, since triggers hold on "≥" and any one starts the level — the tasks one per line
 * ("assignee：task"), the supplies one per line ("ITEM-CODE quantity") and the team kinds as
 * checkboxes. A mutable bean so Spring binds the indexed level fields.
 */
public class PlanForm {

  private String type;
  private String name;
  private Integer version;
  private List<LevelForm> levels = new ArrayList<>();

  static PlanForm empty() {
    PlanForm form = new PlanForm();
    for (ResponseLevel l : ResponseLevel.values()) {
      LevelForm level = new LevelForm();
      level.setLevel(l.name());
      form.levels.add(level);
    }
    return form;
  }

  static PlanForm of(EmergencyPlan plan) {
    PlanForm form = empty();
    form.type = plan.type().name();
    form.name = plan.name();
    form.version = plan.version();
    for (PlanLevel l : plan.levels()) {
      LevelForm level = form.levels.get(l.level().ordinal());
      level.setUsed(true);
      for (Trigger t : l.triggers()) {
        String threshold = t.threshold() == null ? null : String.valueOf(t.threshold());
        switch (t.metric()) {
          case DEATHS -> level.setDeaths(threshold);
          case INJURIES -> level.setInjuries(threshold);
          case PEOPLE_AFFECTED -> level.setPeopleAffected(threshold);
          case ALARM_COLOUR -> level.setColour(t.colour() == null ? null : t.colour().name());
        }
      }
      level.setTasks(
          String.join("\n", l.tasks().stream().map(k -> k.assignee() + "：" + k.title()).toList()));
      level.setSupplies(
          String.join(
              "\n", l.supplies().stream().map(s -> s.itemCode() + " " + s.quantity()).toList()));
      level.setTeamKinds(l.teamKinds().stream().map(Enum::name).toList());
    }
    return form;
  }

  PlanDraft toDraft() {
    FormInput in = new FormInput();
    List<PlanLevel> drafted = new ArrayList<>();
    for (LevelForm l : levels) {
      ResponseLevel level = in.choice(ResponseLevel.class, l.getLevel(), "levels");
      if (!l.isUsed() || level == null) {
        continue;
      }
      List<Trigger> triggers = new ArrayList<>();
      count(in, l.getDeaths(), TriggerMetric.DEATHS, triggers);
      count(in, l.getInjuries(), TriggerMetric.INJURIES, triggers);
      count(in, l.getPeopleAffected(), TriggerMetric.PEOPLE_AFFECTED, triggers);
      WarningColour colour = in.choice(WarningColour.class, l.getColour(), "triggers");
      if (colour != null) {
        triggers.add(Trigger.colourAtLeast(colour));
      }
      List<TeamKind> kinds = new ArrayList<>();
      for (String k : l.getTeamKinds()) {
        TeamKind kind = in.choice(TeamKind.class, k, "teamKinds");
        if (kind != null) {
          kinds.add(kind);
        }
      }
      drafted.add(
          new PlanLevel(
              level, triggers, tasks(l.getTasks()), supplies(in, level, l.getSupplies()), kinds));
    }
    PlanDraft draft =
        new PlanDraft(
            in.choice(IncidentType.class, type, "type"), name, List.copyOf(drafted), false);
    in.check();
    return draft;
  }

  private static void count(
      FormInput in, String text, TriggerMetric metric, List<Trigger> triggers) {
    Long threshold = in.whole(text, "triggers");
    if (threshold != null) {
      // A threshold below 1 is kept so the validator names it
      // (command.plan.triggerThresholdInvalid).
      triggers.add(new Trigger(metric, threshold, null));
    }
  }

  /**
   * "assignee：task" per line; a line without the separator has no assignee (the validator says).
   */
  static List<PlanTask> tasks(String text) {
    List<PlanTask> tasks = new ArrayList<>();
    for (String line : lines(text)) {
      int colon = firstOf(line, '：', ':');
      tasks.add(
          colon < 0
              ? new PlanTask(null, line)
              : new PlanTask(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
    }
    return tasks;
  }

  /** "ITEM-CODE quantity" (or ITEM-CODE × quantity) per line. */
  static List<SupplyNeed> supplies(FormInput in, ResponseLevel level, String text) {
    List<SupplyNeed> needs = new ArrayList<>();
    for (String line : lines(text)) {
      String[] parts = line.replace('×', ' ').replace('*', ' ').strip().split("\\s+");
      Long quantity = null;
      if (parts.length == 2) {
        try {
          quantity = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
          quantity = null;
        }
      }
      if (quantity == null) {
        in.problem("supplies", "command.plan.supplyLineInvalid", level.numeral(), line);
      } else {
        needs.add(new SupplyNeed(parts[0], quantity));
      }
    }
    return needs;
  }

  private static List<String> lines(String text) {
    if (text == null) {
      return List.of();
    }
    return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static int firstOf(String line, char a, char b) {
    int i = line.indexOf(a);
    int j = line.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }

  public List<LevelForm> getLevels() {
    return levels;
  }

  public void setLevels(List<LevelForm> levels) {
    this.levels = levels;
  }

  /** One response level's block of the editor. */
  public static class LevelForm {
    private String level;
    private boolean used;
    private String deaths;
    private String injuries;
    private String peopleAffected;
    private String colour;
    private String tasks;
    private String supplies;
    private List<String> teamKinds = new ArrayList<>();

    public String getLevel() {
      return level;
    }

    public void setLevel(String level) {
      this.level = level;
    }

    public boolean isUsed() {
      return used;
    }

    public void setUsed(boolean used) {
      this.used = used;
    }

    public String getDeaths() {
      return deaths;
    }

    public void setDeaths(String deaths) {
      this.deaths = deaths;
    }

    public String getInjuries() {
      return injuries;
    }

    public void setInjuries(String injuries) {
      this.injuries = injuries;
    }

    public String getPeopleAffected() {
      return peopleAffected;
    }

    public void setPeopleAffected(String peopleAffected) {
      this.peopleAffected = peopleAffected;
    }

    public String getColour() {
      return colour;
    }

    public void setColour(String colour) {
      this.colour = colour;
    }

    public String getTasks() {
      return tasks;
    }

    public void setTasks(String tasks) {
      this.tasks = tasks;
    }

    public String getSupplies() {
      return supplies;
    }

    public void setSupplies(String supplies) {
      this.supplies = supplies;
    }

    public List<String> getTeamKinds() {
      return teamKinds;
    }

    public void setTeamKinds(List<String> teamKinds) {
      this.teamKinds = teamKinds == null ? new ArrayList<>() : teamKinds;
    }

    /** The Roman numeral of the level, for the block's heading. */
    public String getNumeral() {
      try {
        return ResponseLevel.valueOf(level).numeral();
      } catch (IllegalArgumentException | NullPointerException e) {
        return "?";
      }
    }
  }
}
