package org.openfse.core.sesam;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether a forçage is allowed, and if not, why (French, for the user).
 *
 * @param allowed whether it may be applied
 * @param reason the French reason of a refusal; empty when allowed
 * @since 1.1
 */
public record ForcingDecision(boolean allowed, Optional<String> reason) {
    public ForcingDecision {
        Objects.requireNonNull(reason, "reason");
        if (allowed == reason.isPresent()) {
            throw new IllegalArgumentException("a refusal, and only a refusal, has a reason");
        }
    }

    public static ForcingDecision allow() {
        return new ForcingDecision(true, Optional.empty());
    }

    public static ForcingDecision refuse(String reason) {
        return new ForcingDecision(false, Optional.of(reason));
    }
}
