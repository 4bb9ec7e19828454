package org.shuzhi.notification.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Listens on PostgreSQL for new inbox entries of any node ({@code LISTEN shuzhi_inbox}) and passes
 * them to this node's open pages: the node that delivers need not be the one holding the user's
 * stream. Holds one connection of the pool; reconnects after a database outage.
 */
@Component
class InboxListener implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(InboxListener.class);

  private final DataSource dataSource;
  private final LiveInbox live;
  private volatile boolean running;
  private Thread thread;

  InboxListener(DataSource dataSource, LiveInbox live) {
    this.dataSource = dataSource;
    this.live = live;
  }

  private void listen() {
    while (running) {
      try (Connection c = dataSource.getConnection()) {
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
          st.execute("LISTEN " + InboxRepository.CHANNEL);
        }
        PGConnection pg = c.unwrap(PGConnection.class);
        while (running) {
          PGNotification[] notifications = pg.getNotifications(1000);
          if (notifications == null || notifications.length == 0) {
            continue;
          }
          Set<String> users = new LinkedHashSet<>();
          for (PGNotification n : notifications) {
            users.add(n.getParameter());
          }
          users.forEach(u -> live.inboxChanged(u, true));
        }
      } catch (SQLException | RuntimeException e) {
        if (!running) {
          return;
        }
        log.warn("Live notifications paused, reconnecting: {}", e.toString());
        try {
          Thread.sleep(2000);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  @Override
  public void start() {
    running = true;
    var factory = new CustomizableThreadFactory("notify-listen-");
    factory.setDaemon(true);
    thread = factory.newThread(this::listen);
    thread.start();
  }

  @Override
  public void stop() {
    running = false;
    if (thread != null) {
      thread.interrupt();
      try {
        thread.join(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Stop before the pool closes (lifecycle phases stop high first). */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 100;
  }
}
