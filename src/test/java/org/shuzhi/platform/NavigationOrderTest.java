package org.shuzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Menu entries have distinct positions and paths, so the menu order is defined. */
class NavigationOrderTest extends IntegrationTest {

  @Autowired List<NavigationEntry> entries;

  @Test
  void everyEntryHasItsOwnPositionAndPath() {
    assertThat(entries).hasSizeGreaterThan(8);
    assertThat(entries.stream().collect(Collectors.groupingBy(NavigationEntry::order)))
        .allSatisfy((order, same) -> assertThat(same).as("order %d", order).hasSize(1));
    assertThat(entries.stream().map(NavigationEntry::path).distinct().count())
        .isEqualTo(entries.size());
  }
}
