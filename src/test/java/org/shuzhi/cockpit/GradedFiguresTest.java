package org.shuzhi.cockpit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GradedFiguresTest {

  enum Grade {
    LOW,
    HIGH
  }

  private final GradedFigures<Grade> figures =
      new GradedFigures<>(
          List.of(Grade.HIGH, Grade.LOW), "x.grade.", g -> "#" + g.ordinal(), "/things", "grade");

  @Test
  void oneFigurePerGradeInOrderWithZeroForMissingGrades() {
    TileSnapshot snapshot = figures.snapshot(Map.of(Grade.LOW, 7L));

    assertThat(snapshot.figures())
        .extracting(TileFigure::labelKey, TileFigure::value, TileFigure::colour, TileFigure::link)
        .containsExactly(
            tuple("x.grade.HIGH", 0L, "#1", "/things?grade=HIGH"),
            tuple("x.grade.LOW", 7L, "#0", "/things?grade=LOW"));
    assertThat(snapshot.link()).isEqualTo("/things");
    assertThat(snapshot.total()).isEqualTo(7);
  }

  @Test
  void sumsGroupedRowsPerTownAndGravity() {
    record Row(String town, Grade grade, long count) {}
    var byTown =
        TownRiskFactor.sumByTown(
            List.of(
                new Row("330109001", Grade.HIGH, 2),
                new Row("330109001", Grade.LOW, 3),
                new Row("330109002", Grade.HIGH, 1)),
            Row::town,
            r -> r.grade() == Grade.HIGH ? Gravity.RED : Gravity.BLUE,
            Row::count);

    assertThat(byTown)
        .containsEntry("330109001", Map.of(Gravity.RED, 2L, Gravity.BLUE, 3L))
        .containsEntry("330109002", Map.of(Gravity.RED, 1L));
  }
}
