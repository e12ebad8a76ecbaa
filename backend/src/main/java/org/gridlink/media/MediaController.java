package org.gridlink.media;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.SystemFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gridlink.common.web.ProblemException;

@Controller
@Tag(name = "Photos")
class MediaController {
  private final MediaService media;
  private final MediaUrlSigner signer;
  private final MediaStore store;

  MediaController(MediaService media, MediaUrlSigner signer, MediaStore store) {
    this.media = media;
    this.signer = signer;
    this.store = store;
  }

  @Operation(summary = "Upload one photo (multipart part 'file', JPEG or PNG, up to 10 MB)")
  @Post(value = "/api/v1/media", consumes = MediaType.MULTIPART_FORM_DATA)
  @Secured(SecurityRule.IS_AUTHENTICATED)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<MediaView> upload(@Part("file") CompletedFileUpload file, Authentication auth)
      throws java.io.IOException {
    // Netty spools parts above the multipart threshold to a temporary file (application.yml:
    // micronaut.server.multipart.mixed), so the photo reaches the heap once, when it is read here.
    return HttpResponse.created(media.upload(file.getInputStream(), auth.getName()));
  }

  @Operation(summary = "One photo's facts and signed URLs (its owner or staff)")
  @Get("/api/v1/media/{id}")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  MediaView one(String id, Authentication auth) {
    boolean staff = auth.getRoles().stream().anyMatch(r -> r.equals("STAFF") || r.equals("ADMIN"));
    return media
        .find(id, auth.getName(), staff)
        .orElseThrow(() -> ProblemException.notFound("problem.media.not-found"));
  }

  @Operation(summary = "A photo through its signed, expiring URL")
  @Get("/media/{id}/{variant}")
  @Secured(SecurityRule.IS_ANONYMOUS)
  HttpResponse<SystemFile> serve(
      String id, String variant, @Nullable @QueryValue Long exp, @Nullable @QueryValue String sig) {
    MediaStore.Variant v =
        MediaStore.Variant.parse(variant)
            .orElseThrow(() -> ProblemException.notFound("problem.media.not-found"));
    if (exp == null || !signer.verify(id, v, exp, sig)) {
      throw new ProblemException(
          io.micronaut.http.HttpStatus.FORBIDDEN, "forbidden", "problem.media.link-expired");
    }
    MediaFile file =
        media.file(id).orElseThrow(() -> ProblemException.notFound("problem.media.not-found"));
    String type = v == MediaStore.Variant.THUMB ? "image/jpeg" : file.contentType();
    return store
        .find(id, v)
        .map(
            p ->
                HttpResponse.ok(new SystemFile(p.toFile(), MediaType.of(type)))
                    .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600"))
        .orElseThrow(() -> ProblemException.notFound("problem.media.not-found"));
  }
}
