package org.gridlink.grids;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The community office (社区居委会) residents can visit or call. */
@Serdeable
public record CommunityOffice(
    String code, String name, @Nullable String address, @Nullable String phone) {}
