package org.shuzhi.notification.internal;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A webhook receiver on a free loopback port. Answers with the queued status codes in turn (then
 * 200 for ever), records every request, and can hold requests until released (a hanging receiver).
 */
class TestWebhookServer implements AutoCloseable {

  /** One received request. */
  record Received(String query, String body) {}

  private final HttpServer server;
  private final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile CountDownLatch hold = new CountDownLatch(0);
  private final CountDownLatch firstArrived = new CountDownLatch(1);

  TestWebhookServer(Integer... answers) throws IOException {
    statuses.addAll(List.of(answers));
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.createContext(
        "/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.add(new Received(exchange.getRequestURI().getRawQuery(), body));
          firstArrived.countDown();
          try {
            hold.await(20, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          Integer status = statuses.poll();
          byte[] answer = "{\"errcode\":0,\"errmsg\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status == null ? 200 : status, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** Holds every request until {@link #release()}. */
  void holdRequests() {
    hold = new CountDownLatch(1);
  }

  void release() {
    hold.countDown();
  }

  boolean awaitFirstRequest(long seconds) throws InterruptedException {
    return firstArrived.await(seconds, TimeUnit.SECONDS);
  }

  List<Received> received() {
    return received;
  }

  @Override
  public void close() {
    release();
    server.stop(0);
  }
}
