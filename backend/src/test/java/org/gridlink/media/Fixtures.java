package org.gridlink.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared photo fixtures, read in place (never copied into the repository). */
final class Fixtures {
  static final Path PHOTOS =
      Path.of(System.getProperty("gridlink.fixtures.dir", "../../shared/fixtures"))
          .resolve("photos");

  private Fixtures() {}

  static byte[] photo(String relative) {
    try {
      return Files.readAllBytes(PHOTOS.resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException("fixture missing: " + PHOTOS.resolve(relative), e);
    }
  }

  static java.util.List<Path> list(String folder) {
    try (var s = Files.list(PHOTOS.resolve(folder))) {
      return s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
