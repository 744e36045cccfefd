package org.buyonce.contract.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.buyonce.commons.concurrency.ExpectedVersion;
import org.buyonce.commons.paging.Page;
import org.buyonce.commons.paging.PageRequest;
import org.buyonce.commons.problem.FieldError;
import org.buyonce.commons.problem.ProblemException;
import org.buyonce.commons.security.Caller;
import org.buyonce.contract.Contract;
import org.buyonce.contract.api.NoticeResponse;
import org.buyonce.contract.api.PublicationRequest;
import org.buyonce.contract.api.PublicationResponse;
import org.buyonce.contract.repository.ContractRepository;
import org.buyonce.contract.service.ContractRegister;
import org.buyonce.events.ContractEventType;
import org.buyonce.events.NoticeType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The notices contracts owe, and the publications and substantial modifications that decide them. */
@ApplicationScoped
@Transactional
public class NoticeService {

    private static final Comparator<NoticeResponse> SOONEST_FIRST = Comparator.comparing(NoticeResponse::dueOn)
            .thenComparing(NoticeResponse::council).thenComparing(NoticeResponse::reference).thenComparing(NoticeResponse::type);

    private final ContractRepository contracts;
    private final NoticeRecords records;
    private final OwedNotices owedNotices;
    private final ContractRegister register;
    private final Caller caller;
    private final Clock clock;

    public NoticeService(ContractRepository contracts, NoticeRecords records, OwedNotices owedNotices, ContractRegister register,
            Caller caller, Clock clock) {
        this.contracts = contracts;
        this.records = records;
        this.owedNotices = owedNotices;
        this.register = register;
        this.caller = caller;
        this.clock = clock;
    }

    /** Every notice one contract owes, published ones included, soonest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NoticeResponse> ofContract(UUID id) {
        Contract contract = contracts.findToRead(id).orElseThrow(() -> ProblemException.notFound("contract", id));
        return owed(List.of(contract));
    }

    /**
     * The notices contracts under the Act owe, soonest first: of one council, type or status (DUE and OVERDUE when no
     * status is asked for), and due by today + within when it is given.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<NoticeResponse> list(String council, NoticeType type, NoticeStatus status, Period within, PageRequest page) {
        Set<NoticeStatus> statuses = status == null ? Set.of(NoticeStatus.DUE, NoticeStatus.OVERDUE) : Set.of(status);
        LocalDate horizon = within == null ? null : today().plus(within);
        return Page.slice(owed(contracts.underTheAct(council)).stream()
                .filter(notice -> type == null || notice.type() == type)
                .filter(notice -> statuses.contains(notice.status()))
                .filter(notice -> horizon == null || !notice.dueOn().isAfter(horizon))
                .toList(), page);
    }

    /** Records that a notice was published; If-Match is required, and the contract's version moves on. */
    public NoticeResponse record(UUID id, PublicationRequest request, String ifMatch) {
        Contract contract = contracts.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("contract", id));
        caller.requireActsFor(contract.council, "record notices for the contracts");
        ExpectedVersion.of(ifMatch, null).check(contract.version);
        if (request == null) {
            throw ProblemException.invalid("body", "a publication is required: {\"type\": \"UK7\", \"publishedOn\": \"2026-03-20\", "
                    + "\"noticeId\": \"2026/S 000-012345\"}");
        }
        List<FieldError> errors = new ArrayList<>();
        StatutoryNotices.whyNotOwed(contract, request.type()).ifPresent(reason -> errors.add(new FieldError("type", reason)));
        LocalDate enteredInto = contract.enteredIntoOnOrStart();
        if (request.publishedOn().isBefore(enteredInto)) {
            errors.add(new FieldError("publishedOn", "must not be before the contract was entered into (" + enteredInto + ")"));
        } else if (request.publishedOn().isAfter(today())) {
            errors.add(new FieldError("publishedOn", "must not be in the future (today is " + today() + ")"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String noticeId = request.noticeId().trim();
        if (records.noticeIdTaken(id, noticeId)) {
            throw ProblemException.conflict("notice " + noticeId + " is already recorded for contract " + id);
        }
        boolean outstanding = owed(List.of(contract)).stream()
                .anyMatch(notice -> notice.type() == request.type() && notice.status() != NoticeStatus.PUBLISHED);
        if (!outstanding) {
            throw ProblemException.conflict("every " + request.type() + " notice contract " + id + " owes so far is already published");
        }
        NoticePublication publication = new NoticePublication();
        publication.id = UUID.randomUUID();
        publication.contractId = id;
        publication.type = request.type();
        publication.publishedOn = request.publishedOn();
        publication.noticeId = noticeId;
        publication.url = request.url();
        publication.recordedAt = Instant.now(clock);
        publication.recordedBy = caller.name();
        contract.updatedAt = publication.recordedAt;
        // A publication changes what the contract owes: its version moves on even if nothing else of it changed.
        contracts.getEntityManager().lock(contract, LockModeType.PESSIMISTIC_FORCE_INCREMENT); // now: the event and the record carry it
        contracts.flush(); // the new version, for the event, the ETag and the publication
        publication.contractVersion = contract.version;
        records.add(publication);
        register.publish(contract, ContractEventType.CHANGED);
        return owed(List.of(contract)).stream().filter(notice -> notice.publication() != null
                && noticeId.equals(notice.publication().noticeId())).findFirst().orElseThrow();
    }

    private List<NoticeResponse> owed(List<Contract> actContracts) {
        Map<UUID, List<OwedNotice>> owed = owedNotices.of(actContracts);
        List<NoticeResponse> notices = new ArrayList<>();
        for (Contract contract : actContracts) {
            owed.get(contract.id).forEach(notice -> notices.add(toResponse(contract, notice)));
        }
        notices.sort(SOONEST_FIRST);
        return notices;
    }

    private NoticeResponse toResponse(Contract contract, OwedNotice notice) {
        Publication p = notice.publication();
        return new NoticeResponse(contract.id, contract.council, contract.reference, contract.title, notice.type(), notice.dueOn(),
                ChronoUnit.DAYS.between(today(), notice.dueOn()), notice.status(), notice.missing(),
                p == null ? null : new PublicationResponse(p.publishedOn(), p.noticeId(), p.url()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
