package org.gridlink.media;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.gridlink.common.web.ProblemException;

/** What other features (reports, governance) may do with photos. */
@Singleton
public class MediaFacade {
  private final MediaRepository repository;
  private final MediaViews views;
  private final MediaStore store;

  MediaFacade(MediaRepository repository, MediaViews views, MediaStore store) {
    this.repository = repository;
    this.views = views;
    this.store = store;
  }

  /**
   * The upright, metadata-free thumbnail (JPEG) of an attached photo, for print (the notice board
   * PDF); empty when the photo is unknown, not attached or its file is gone.
   */
  public Optional<byte[]> attachedThumbnail(String id) {
    return repository
        .findById(id)
        .filter(f -> f.state() == MediaFile.State.ATTACHED)
        .flatMap(f -> store.find(id, MediaStore.Variant.THUMB))
        .flatMap(
            p -> {
              try {
                return Optional.of(java.nio.file.Files.readAllBytes(p));
              } catch (java.io.IOException e) {
                return Optional.empty();
              }
            });
  }

  /**
   * Attaches the owner's unattached photos to {@code reference} (e.g. "report:42") in one go:
   * either all are attached or, for a photo that is unknown, someone else's or already used, a 400
   * problem and none is.
   */
  @Transactional
  public List<MediaView> attach(List<String> ids, String owner, String reference) {
    List<MediaFile> files = ids.stream().map(id -> repository.findById(id).orElse(null)).toList();
    for (int i = 0; i < files.size(); i++) {
      MediaFile f = files.get(i);
      if (f == null || !f.owner().equals(owner) || f.state() != MediaFile.State.UNATTACHED) {
        throw new ProblemException(
            HttpStatus.BAD_REQUEST, "bad-request", "problem.media.not-attachable", ids.get(i));
      }
    }
    return files.stream().map(f -> views.of(repository.update(f.attach(reference)))).toList();
  }

  public Optional<MediaView> find(String id) {
    return repository.findById(id).map(views::of);
  }

  /** A URL with the public address, for systems outside GridLink (WeChat, governance). */
  public String absoluteUrl(String id) {
    return views.absoluteUrl(id);
  }
}
