package org.shuzhi.monitoring.internal.ingest;

import com.hivemq.embedded.EmbeddedExtension;
import com.hivemq.embedded.EmbeddedHiveMQ;
import com.hivemq.extension.sdk.api.ExtensionMain;
import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.services.Services;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A plain HiveMQ broker standing in for Mosquitto in tests that need an external broker: no
 * authentication, large queues, in-memory sessions. Runs as its own process ({@link
 * ExternalBroker}) so it does not share HiveMQ's static extension services with the platform's
 * embedded broker in the test JVM. Args: port, directory.
 */
public final class TestMqttBroker {

  private TestMqttBroker() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    Path dir = Path.of(args[1]);
    Path conf = Files.createDirectories(dir.resolve("conf"));
    Files.writeString(
        conf.resolve("config.xml"),
        """
        <?xml version="1.0"?>
        <hivemq>
          <listeners><tcp-listener><port>%d</port><bind-address>127.0.0.1</bind-address></tcp-listener></listeners>
          <mqtt><queued-messages><max-queue-size>1000000</max-queue-size></queued-messages></mqtt>
          <persistence><mode>in-memory</mode></persistence>
          <anonymous-usage-statistics><enabled>false</enabled></anonymous-usage-statistics>
        </hivemq>
        """
            .formatted(port));
    SimpleAuthenticator allowAll = (in, out) -> out.authenticateSuccessfully();
    EmbeddedHiveMQ hivemq =
        EmbeddedHiveMQ.builder()
            .withConfigurationFolder(conf)
            .withDataFolder(Files.createDirectories(dir.resolve("data")))
            .withExtensionsFolder(Files.createDirectories(dir.resolve("extensions")))
            .withEmbeddedExtension(
                EmbeddedExtension.builder()
                    .withId("allow-all")
                    .withName("allow all")
                    .withVersion("1")
                    .withExtensionMain(
                        new ExtensionMain() {
                          @Override
                          public void extensionStart(
                              ExtensionStartInput i, ExtensionStartOutput o) {
                            Services.securityRegistry().setAuthenticatorProvider(x -> allowAll);
                          }

                          @Override
                          public void extensionStop(ExtensionStopInput i, ExtensionStopOutput o) {}
                        })
                    .build())
            .build();
    hivemq.start().join();
    System.out.println("TEST-BROKER-READY " + port);
    System.out.flush();
    // Runs until the test kills the process.
    Thread.currentThread().join();
  }
}
