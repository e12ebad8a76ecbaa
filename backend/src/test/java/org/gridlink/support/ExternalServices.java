package org.gridlink.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails (never skips) a test class that needs MariaDB and Redis when either is unreachable, with a
 * message saying how to start it. Register it before {@code @MicronautTest} so it runs first.
 */
public class ExternalServices implements BeforeAllCallback {
  static final String MARIADB_HINT =
      "MariaDB is not reachable on 127.0.0.1:3306. Start it with: start-stop-daemon --start"
          + " --oknodo --background --exec /usr/sbin/mariadbd (or: apt-get install -y"
          + " mariadb-server). Tests need root with an empty password.";
  static final String REDIS_HINT =
      "Redis is not reachable on 127.0.0.1:6379. Start it with: redis-server --daemonize yes"
          + " --bind 127.0.0.1 -::1 --port 6379 --save \"\" --appendonly no (or: apt-get install"
          + " -y redis-server).";

  @Override
  public void beforeAll(ExtensionContext context) {
    requireOpen(3306, MARIADB_HINT);
    requireRedisPong();
  }

  private static void requireOpen(int port, String hint) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
    } catch (IOException e) {
      throw new AssertionError(hint, e);
    }
  }

  private static void requireRedisPong() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", 6379), 2000);
      socket.setSoTimeout(2000);
      OutputStream out = socket.getOutputStream();
      out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] buf = new byte[16];
      int n = in.read(buf);
      String reply = n > 0 ? new String(buf, 0, n, StandardCharsets.US_ASCII) : "";
      if (!reply.startsWith("+PONG")) {
        throw new AssertionError(REDIS_HINT + " (it answered: " + reply.trim() + ")");
      }
    } catch (IOException e) {
      throw new AssertionError(REDIS_HINT, e);
    }
  }
}
