package org.gridlink.wechat;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects the media-check verdicts the callback publishes, as a later feature would get them. */
@Singleton
class MediaCheckEvents {
  final List<MediaCheckCompleted> received = new CopyOnWriteArrayList<>();

  @EventListener
  void on(MediaCheckCompleted event) {
    received.add(event);
  }
}
