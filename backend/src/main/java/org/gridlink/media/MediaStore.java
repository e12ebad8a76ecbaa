package org.gridlink.media;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.gridlink.common.config.GridlinkProperties;

/**
 * Served photo files under {@code <data-dir>/media/}, two folders deep by id so no folder grows
 * huge. Writes go to a temporary file first and are moved into place, so a reader never sees half a
 * photo. (An object-storage implementation can replace this class when one is deployed.)
 */
@Singleton
class MediaStore {
  private final Path root;

  MediaStore(GridlinkProperties properties) {
    this.root = Path.of(properties.getDataDir()).resolve("media");
  }

  void put(String id, Variant variant, byte[] bytes) {
    Path target = path(id, variant);
    try {
      Files.createDirectories(target.getParent());
      Path tmp = Files.createTempFile(target.getParent(), id, ".part");
      Files.write(tmp, bytes);
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store photo " + id, e);
    }
  }

  Optional<Path> find(String id, Variant variant) {
    Path p = path(id, variant);
    return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  void delete(String id) {
    for (Variant v : Variant.values()) {
      try {
        Files.deleteIfExists(path(id, v));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete photo " + id, e);
      }
    }
  }

  private Path path(String id, Variant variant) {
    return root.resolve(id.substring(0, 2))
        .resolve(id.substring(2, 4))
        .resolve(id + "-" + variant.fileSuffix);
  }

  /** The copies kept of a photo. */
  enum Variant {
    FULL("full"),
    THUMB("thumb");

    final String fileSuffix;

    Variant(String fileSuffix) {
      this.fileSuffix = fileSuffix;
    }

    static Optional<Variant> parse(String name) {
      for (Variant v : values()) {
        if (v.fileSuffix.equals(name)) {
          return Optional.of(v);
        }
      }
      return Optional.empty();
    }
  }
}
