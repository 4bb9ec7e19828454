package org.shuzhi.command.internal.resources;

import org.shuzhi.command.CommandRegistration;
import org.shuzhi.command.DutyDraft;
import org.shuzhi.command.PlanDraft;
import org.shuzhi.command.ShelterDraft;
import org.shuzhi.command.StockDraft;
import org.shuzhi.command.SupplyItemDraft;
import org.shuzhi.command.TeamDraft;
import org.shuzhi.command.WarehouseDraft;
import org.shuzhi.command.internal.plans.PlanService;
import org.springframework.stereotype.Service;

/** Trusted registration through the registries' own validation, history and audit. */
@Service
class DefaultCommandRegistration implements CommandRegistration {

  private final TeamService teams;
  private final WarehouseService warehouses;
  private final StockService stock;
  private final ShelterService shelters;
  private final DutyService duty;
  private final PlanService plans;

  DefaultCommandRegistration(
      TeamService teams,
      WarehouseService warehouses,
      StockService stock,
      ShelterService shelters,
      DutyService duty,
      PlanService plans) {
    this.teams = teams;
    this.warehouses = warehouses;
    this.stock = stock;
    this.shelters = shelters;
    this.duty = duty;
    this.plans = plans;
  }

  @Override
  public long registerTeam(TeamDraft draft, String actor) {
    return teams.register(draft, actor);
  }

  @Override
  public long registerWarehouse(WarehouseDraft draft, String actor) {
    return warehouses.register(draft, actor);
  }

  @Override
  public void registerItem(SupplyItemDraft draft, String actor) {
    stock.registerItem(draft, actor);
  }

  @Override
  public long registerStock(StockDraft draft, String actor) {
    return stock.register(draft, actor);
  }

  @Override
  public long registerShelter(ShelterDraft draft, String actor) {
    return shelters.register(draft, actor);
  }

  @Override
  public long registerDuty(DutyDraft draft, String actor) {
    return duty.register(draft, actor);
  }

  @Override
  public long registerPlan(PlanDraft draft, String actor) {
    return plans.register(draft, actor);
  }
}
