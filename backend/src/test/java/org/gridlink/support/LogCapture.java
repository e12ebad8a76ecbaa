package org.gridlink.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Captures every log line (formatted message and stack traces) while it is open, with GridLink's
 * own loggers turned up to DEBUG, so tests can prove secrets never reach the logs.
 */
public final class LogCapture implements AutoCloseable {
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Logger root;
  private final Logger gridlink;
  private final Level previous;

  public LogCapture() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    gridlink = context.getLogger("org.gridlink");
    previous = gridlink.getLevel();
    gridlink.setLevel(Level.DEBUG);
    appender.setContext(context);
    appender.start();
    root.addAppender(appender);
  }

  /** Every captured line, with the text of any attached exception chain. */
  public List<String> lines() {
    return appender.list.stream().map(LogCapture::render).toList();
  }

  private static String render(ILoggingEvent e) {
    StringBuilder sb = new StringBuilder(e.getFormattedMessage());
    var t = e.getThrowableProxy();
    while (t != null) {
      sb.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
      t = t.getCause();
    }
    return sb.toString();
  }

  @Override
  public void close() {
    root.detachAppender(appender);
    appender.stop();
    gridlink.setLevel(previous);
  }
}
