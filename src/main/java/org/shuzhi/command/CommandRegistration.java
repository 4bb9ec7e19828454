package org.shuzhi.command;

/**
 * Trusted registration of command records (the demo loader): validated and audited as the named
 * actor, without a signed-in user. Each returns the new record's id.
 */
public interface CommandRegistration {

  long registerTeam(TeamDraft draft, String actor);

  long registerWarehouse(WarehouseDraft draft, String actor);

  void registerItem(SupplyItemDraft draft, String actor);

  long registerStock(StockDraft draft, String actor);

  long registerShelter(ShelterDraft draft, String actor);

  long registerDuty(DutyDraft draft, String actor);

  long registerPlan(PlanDraft draft, String actor);
}
