package org.buyonce.contract.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import org.buyonce.contract.Contract;
import org.buyonce.contract.api.ContractResponse;
import org.buyonce.contract.repository.ContractRepository.Versioned;
import org.buyonce.contract.service.RenderedContracts.Rendered;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The contracts lists show, by id, each as of its version: a list reads only ids and versions, and loads and maps only
 * the contracts it has not shown at that version (most of a list's cost was loading and mapping twenty rows), and
 * writes each as the JSON rendered when it was first shown (the next most). Every change of what a response says
 * raises the version (the derived dates are derived from the row alone), so an entry at the version read is never
 * stale. Once the cache is full, Caffeine evicts the entries least likely to be shown again; reads take no lock.
 */
@ApplicationScoped
public class ShownContracts {

    private final Cache<UUID, Rendered> byId;
    private final ObjectWriter json;

    public ShownContracts(@ConfigProperty(name = "buyonce.contracts.shown-cache-size", defaultValue = "5000") int capacity,
            ObjectMapper mapper) {
        this.json = mapper.writerFor(ContractResponse.class);
        this.byId = Caffeine.newBuilder().maximumSize(capacity).build();
    }

    /** The responses of the contracts, in their order; one deleted since it was listed is left out. */
    List<ContractResponse> of(List<Versioned> contracts, Function<Collection<UUID>, List<Contract>> load) {
        Map<UUID, Rendered> found = new HashMap<>();
        List<UUID> missing = new ArrayList<>();
        for (Versioned contract : contracts) {
            Rendered shown = byId.getIfPresent(contract.id());
            if (shown != null && shown.response().version() == contract.version()) {
                found.put(contract.id(), shown);
            } else {
                missing.add(contract.id());
            }
        }
        for (Contract loaded : missing.isEmpty() ? List.<Contract>of() : load.apply(missing)) {
            Rendered rendered = render(ContractMapper.toResponse(loaded));
            byId.put(loaded.id, rendered);
            found.put(loaded.id, rendered);
        }
        return new RenderedContracts(contracts.stream().map(c -> found.get(c.id())).filter(r -> r != null).toList());
    }

    private Rendered render(ContractResponse response) {
        try {
            return new Rendered(response, new SerializedString(json.writeValueAsString(response)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a contract's response could not be written as JSON", e);
        }
    }
}
