package org.shuzhi.command.internal.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.command.CommandRegistration;
import org.shuzhi.command.IncidentStatus;
import org.shuzhi.command.IncidentType;
import org.shuzhi.command.ResponseLevel;
import org.shuzhi.command.StockDraft;
import org.shuzhi.command.SupplyItemDraft;
import org.shuzhi.command.WarehouseDraft;
import org.shuzhi.platform.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Closing an incident consumes the supplies used: per reservation the used quantity (default all
 * reserved) is deducted from stock with a CONSUME entry in the stock line's history, the rest is
 * released; more used than reserved is refused with nothing changed.
 */
class SupplyConsumptionIntegrationTest extends IntegrationTest {

  @Autowired IncidentService incidents;
  @Autowired ResponseConfirmation confirmation;
  @Autowired CommandRegistration registration;
  @Autowired AreaDirectory areas;
  @Autowired JdbcClient jdbc;

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private double[] spot() {
    var town = areas.town(CHENGXIANG).orElseThrow();
    var r = ThreadLocalRandom.current();
    return new double[] {
      town.labelLon() + r.nextDouble(-0.004, 0.004), town.labelLat() + r.nextDouble(-0.004, 0.004)
    };
  }

  /** A warehouse with one line of {@code quantity} units; returns {warehouse id, item code}. */
  private Object[] stock(double[] at, long quantity) {
    String item = unique("SANDBAG");
    registration.registerItem(new SupplyItemDraft(item, "编织袋", "条", null), "test-loader");
    long w =
        registration.registerWarehouse(
            new WarehouseDraft(unique("仓库"), null, at[0], at[1], null, null, false), "test-loader");
    registration.registerStock(new StockDraft(w, item, quantity, 0L, null), "test-loader");
    return new Object[] {w, item};
  }

  private long[] line(long warehouse) {
    return jdbc.sql("SELECT quantity, reserved FROM command_stock WHERE warehouse_id = ?")
        .param(warehouse)
        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
        .single();
  }

  /** An incident holding {@code reserve} units of each warehouse's line. */
  private Incident respondedWith(double[] at, long reserve, Object[]... lines) {
    Incident i =
        incidents.report(
            new IncidentDraft(
                IncidentType.FLOOD,
                unique("内涝"),
                null,
                at[0],
                at[1],
                ResponseLevel.LEVEL_IV,
                null,
                null,
                null,
                null,
                null),
            IncidentIntegrationTest.EMERGENCY);
    List<ResponseRequest.SupplyTake> takes =
        java.util.Arrays.stream(lines)
            .map(l -> new ResponseRequest.SupplyTake((Long) l[0], (String) l[1], reserve))
            .toList();
    confirmation.confirm(
        i.id(),
        new ResponseRequest(
            UUID.randomUUID().toString(),
            ResponseLevel.LEVEL_IV,
            List.of(),
            takes,
            List.of(),
            List.of()),
        IncidentIntegrationTest.EMERGENCY);
    return i;
  }

  @Test
  void theUsedPartIsDeductedFromStockWithHistoryAndTheRestReleased() {
    double[] at = spot();
    Object[] first = stock(at, 100);
    Object[] second = stock(at, 50);
    Incident i = respondedWith(at, 40, first, second);
    assertThat(line((Long) first[0])).containsExactly(100, 40);

    List<HeldSupply> held = incidents.heldSupplies(i.id(), IncidentIntegrationTest.EMERGENCY);
    assertThat(held).hasSize(2).allSatisfy(h -> assertThat(h.reserved()).isEqualTo(40));
    // 25 of the first used; the second not entered: used in full.
    Incident closed =
        incidents.close(
            i.id(),
            new Review(
                "经过", "原因", "教训", List.of(new Review.SupplyUse(held.get(0).reservationId(), 25L))),
            IncidentIntegrationTest.EMERGENCY);

    assertThat(closed.status()).isEqualTo(IncidentStatus.CLOSED);
    assertThat(line((Long) first[0])).containsExactly(75, 0);
    assertThat(line((Long) second[0])).containsExactly(10, 0);
    String history =
        jdbc.sql(
                "SELECT c.body::text FROM command_change c JOIN command_stock s"
                    + " ON c.record_id = s.id::text WHERE c.record_type = 'command_stock'"
                    + " AND c.change = 'CONSUME' AND s.warehouse_id = ?")
            .param(first[0])
            .query(String.class)
            .single();
    assertThat(history).contains("\"consumed\": 25").contains("\"quantity\": 75");
    assertThat(
            jdbc.sql("SELECT consumed FROM command_reservation WHERE id = ?")
                .param(held.get(0).reservationId())
                .query(Long.class)
                .single())
        .isEqualTo(25);
    assertThat(incidents.timeline(i.id(), IncidentIntegrationTest.EMERGENCY))
        .filteredOn(e -> e.kind().equals("CONSUMED"))
        .hasSize(2)
        .first()
        .satisfies(e -> assertThat(e.message()).contains("编织袋").contains("25"));
  }

  @Test
  void moreUsedThanReservedIsRefusedAndNothingChanges() {
    double[] at = spot();
    Object[] line = stock(at, 30);
    Incident i = respondedWith(at, 20, line);
    long reservation =
        incidents.heldSupplies(i.id(), IncidentIntegrationTest.EMERGENCY).get(0).reservationId();

    assertThatThrownBy(
            () ->
                incidents.close(
                    i.id(),
                    new Review("经过", "原因", "教训", List.of(new Review.SupplyUse(reservation, 21L))),
                    IncidentIntegrationTest.EMERGENCY))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations().get(0).messageKey())
                    .isEqualTo("incident.close.usedTooMuch"));
    assertThatThrownBy(
            () ->
                incidents.close(
                    i.id(),
                    new Review("经过", "原因", "教训", List.of(new Review.SupplyUse(-5L, 1L))),
                    IncidentIntegrationTest.EMERGENCY))
        .isInstanceOf(InvalidInputException.class);

    assertThat(line((Long) line[0])).containsExactly(30, 20);
    assertThat(incidents.get(i.id(), IncidentIntegrationTest.EMERGENCY).status())
        .isEqualTo(IncidentStatus.RESPONDING);
    assertThat(incidents.heldSupplies(i.id(), IncidentIntegrationTest.EMERGENCY)).hasSize(1);
  }
}
