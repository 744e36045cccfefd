package org.buyonce.contract.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.SecurityIdentity;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the caller's identity; changes made by the service itself are "system". */
public class ActorRevisionListener implements RevisionListener {

    static final String SYSTEM = "system";
    static final String ANONYMOUS = "anonymous";

    @Override
    public void newRevision(Object revision) {
        ((ContractRevision) revision).actor = currentActor();
    }

    static String currentActor() {
        if (!Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        try (InstanceHandle<SecurityIdentity> identity = Arc.container().instance(SecurityIdentity.class)) {
            if (!identity.isAvailable() || identity.get().isAnonymous()) {
                return ANONYMOUS;
            }
            return identity.get().getPrincipal().getName();
        }
    }
}
