package org.gridlink.common;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import io.micronaut.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GRIDLINK_LOG_FORMAT=json selects logback-json.xml: one JSON object per line, request id kept. */
class StructuredLogsTest {

  @Test
  void jsonConfigurationWritesOneObjectPerLineWithTheRequestId() throws Exception {
    LoggerContext context = new LoggerContext();
    try {
      JoranConfigurator configurator = new JoranConfigurator();
      configurator.setContext(context);
      configurator.doConfigure(getClass().getResource("/logback-json.xml"));
      Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
      var appender = (OutputStreamAppender<ILoggingEvent>) root.getAppender("JSON");
      LoggingEvent event =
          new LoggingEvent(
              Logger.class.getName(),
              context.getLogger("org.gridlink.test"),
              Level.INFO,
              "网格 {} ready",
              null,
              new Object[] {"320102"});
      event.setMDCPropertyMap(Map.of("requestId", "req-12345678"));
      String line = new String(appender.getEncoder().encode(event), StandardCharsets.UTF_8);

      assertThat(line.strip().lines()).hasSize(1);
      @SuppressWarnings("unchecked")
      Map<String, Object> json = JsonMapper.createDefault().readValue(line, Map.class);
      assertThat(json.get("level")).isEqualTo("INFO");
      assertThat(json.get("formattedMessage")).isEqualTo("网格 320102 ready");
      assertThat(json.get("mdc").toString()).contains("req-12345678");
    } finally {
      context.stop();
    }
  }
}
