package org.gridlink.workers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A worker as staff enter it (and the demo city generates it), with the grids they serve. */
@Serdeable
public record WorkerDraft(
    @NotBlank @Size(max = 50) String name,
    @NotNull WorkerRole role,
    boolean fullTime,
    @Nullable @Pattern(regexp = "[A-Za-z0-9]{1,32}") String photoMediaId,
    @Nullable @Size(max = 40) @Pattern(regexp = "[0-9+\\- ]{3,40}") String officePhone,
    @Nullable @Size(max = 40) @Pattern(regexp = "[0-9+\\- ]{3,40}") String privatePhone,
    @Nullable @Size(max = 500) String duties,
    @Nullable @Size(max = 100) String serviceHours,
    boolean onDuty,
    @NotNull @Size(max = 200) List<@Pattern(regexp = "\\d{15}") String> gridCodes) {}
