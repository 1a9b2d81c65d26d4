package io.sigillum.keymanagement.key;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Makes an active key at start-up for each slot in {@code sigillum.kms.provision}
 * ({@code purpose:scope}, comma-separated, e.g. {@code status-list-signing:default}) that has none,
 * so a deployment's services can sign on their first day without an administrator's call. Slots
 * with a key are left alone; rotation stays an administrator's act.
 */
@ApplicationScoped
class KeyProvisioning {

    static final String ACTOR = "provisioning";
    private static final Logger LOG = Logger.getLogger(KeyProvisioning.class.getName());

    private final KeyLifecycle lifecycle;
    private final KeySlots slots;
    private final LifecycleQueue queue;
    private final List<String> provision;

    @Inject
    KeyProvisioning(KeyLifecycle lifecycle, KeySlots slots, LifecycleQueue queue,
                    @ConfigProperty(name = "sigillum.kms.provision") Optional<List<String>> provision) {
        this.lifecycle = lifecycle;
        this.slots = slots;
        this.queue = queue;
        this.provision = provision.orElse(List.of());
    }

    void provision(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) @Initialized(ApplicationScoped.class) Object started) {
        for (String slot : provision) {
            int colon = slot.indexOf(':');
            if (colon <= 0 || colon == slot.length() - 1) {
                throw new IllegalStateException("sigillum.kms.provision takes purpose:scope entries, not " + slot);
            }
            KeyPurpose purpose = KeyPurpose.of(slot.substring(0, colon).strip());
            String scope = slot.substring(colon + 1).strip();
            queue.run(() -> {
                slots.ensure(purpose, scope);
                return lifecycle.provision(ACTOR, purpose, scope);
            }).ifPresent(key -> LOG.info(() -> "provisioned key " + key.kid() + " for " + purpose.value() + ":" + scope));
        }
    }
}
