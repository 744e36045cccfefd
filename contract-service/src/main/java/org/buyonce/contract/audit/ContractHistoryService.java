package org.buyonce.contract.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.buyonce.contract.Contract;
import org.buyonce.contract.api.ChangeType;
import org.buyonce.contract.api.ContractRevisionResponse;
import org.buyonce.contract.api.FieldChangeResponse;
import org.buyonce.contract.service.ContractMapper;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A contract's audit trail from Hibernate Envers, each revision as the fields it changed. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ContractHistoryService {

    /** Bookkeeping that changes with every revision and says nothing by itself. */
    private static final Set<String> NOT_COMPARED = Set.of("id", "version", "createdAt", "updatedAt");

    private final EntityManager entityManager;
    private final ObjectMapper json;

    public ContractHistoryService(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /** Oldest first; empty if the contract never existed. */
    public Optional<List<ContractRevisionResponse>> history(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(Contract.class, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<ContractRevisionResponse> revisions = new ArrayList<>();
        ObjectNode previous = null;
        for (Object[] row : rows) {
            Contract snapshot = (Contract) row[0];
            ContractRevision revision = (ContractRevision) row[1];
            RevisionType type = (RevisionType) row[2];
            Instant at = Instant.ofEpochMilli(revision.changedAt);
            if (type == RevisionType.DEL) {
                revisions.add(new ContractRevisionResponse(null, at, revision.actor, ChangeType.DELETED, List.of()));
                continue;
            }
            ObjectNode current = json.valueToTree(ContractMapper.toResponse(snapshot));
            revisions.add(new ContractRevisionResponse(snapshot.version, at, revision.actor,
                    changeType(snapshot, type),
                    changes(previous, current)));
            previous = current;
        }
        return Optional.of(revisions);
    }

    /** As the event named it; for revisions older than that record, what Envers knows: created or changed. */
    private static ChangeType changeType(Contract snapshot, RevisionType type) {
        if (snapshot.lastChange != null) {
            return ChangeType.valueOf(snapshot.lastChange.name());
        }
        return type == RevisionType.ADD ? ChangeType.CREATED : ChangeType.CHANGED;
    }

    private static List<FieldChangeResponse> changes(ObjectNode before, ObjectNode after) {
        List<FieldChangeResponse> changes = new ArrayList<>();
        Iterator<String> fields = after.fieldNames();
        while (fields.hasNext()) {
            String field = fields.next();
            if (NOT_COMPARED.contains(field)) {
                continue;
            }
            JsonNode from = before == null ? NullNode.instance : before.path(field);
            JsonNode to = after.get(field);
            if (!from.equals(to) && !(before == null && to.isNull())) {
                changes.add(new FieldChangeResponse(field, from.isMissingNode() ? NullNode.instance : from, to));
            }
        }
        return changes;
    }
}
