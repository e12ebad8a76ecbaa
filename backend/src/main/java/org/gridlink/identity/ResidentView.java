package org.gridlink.identity;

import io.micronaut.core.annotation.Nullable;
import java.util.Set;

/**
 * What other features may know about a resident: no phone number, no openid, no consents beyond
 * what they need to decide whether to contact someone.
 */
public record ResidentView(
    long id,
    String subject,
    String displayName,
    @Nullable String avatarMediaId,
    @Nullable String homeGridCode,
    boolean contactByPhone,
    boolean shareContactWithGovernance,
    Set<Role> roles) {}
