package org.buyonce.contract.csv;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.buyonce.commons.csv.CsvFields;
import org.buyonce.commons.csv.CsvImport;
import org.buyonce.commons.csv.ImportResponse;
import org.buyonce.commons.jdbc.BulkCopy;
import org.buyonce.commons.problem.FieldError;
import org.buyonce.commons.problem.ProblemException;
import org.buyonce.commons.problem.ProblemType;
import org.buyonce.commons.security.Caller;
import org.buyonce.contract.Contract;
import org.buyonce.contract.api.ContractRequest;
import org.buyonce.contract.repository.CapabilityRepository;
import org.buyonce.contract.repository.ContractRepository;
import org.buyonce.contract.repository.ContractRepository.Key;
import org.buyonce.contract.service.ContractRegister;
import org.buyonce.contract.service.ContractValidator;
import org.buyonce.events.ContractEventType;
import org.buyonce.events.ContractStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports a contracts file ({@link ContractCsv}) in one streaming pass and one transaction ({@link CsvImport}): a row
 * whose council and reference are known updates that contract, unless it says what the contract already says (then
 * nothing is written: no version, no event); another row records a new contract. Any bad row and nothing is kept. An
 * officer imports only its own council's rows: a row of another council makes the answer a 403 naming the lines.
 */
@ApplicationScoped
public class ContractImporter {

    private static final Logger LOG = Logger.getLogger(ContractImporter.class);

    private final ContractRepository contracts;
    private final CapabilityRepository capabilities;
    private final ContractValidator validator;
    private final ContractRegister register;
    private final Caller caller;
    private final EntityManager entityManager;
    private final AgroalDataSource dataSource;
    private final long maxBytes;

    public ContractImporter(ContractRepository contracts, CapabilityRepository capabilities, ContractValidator validator,
            ContractRegister register, Caller caller, EntityManager entityManager, AgroalDataSource dataSource,
            @ConfigProperty(name = "buyonce.http.max-csv-body-bytes", defaultValue = "50331648") long maxBytes) {
        this.contracts = contracts;
        this.capabilities = capabilities;
        this.validator = validator;
        this.register = register;
        this.caller = caller;
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.maxBytes = maxBytes;
    }

    @Transactional
    @TransactionConfiguration(timeout = 1800)
    public ImportResponse importCsv(InputStream file) {
        long started = System.nanoTime();
        Import run = new Import(capabilities.listAll().stream().map(c -> c.code).collect(Collectors.toSet()), contracts.idsByKey());
        long rows;
        try (BulkCopy bulk = BulkCopy.open(dataSource, entityManager)) {
            rows = CsvImport.run(file, maxBytes, run, chunk -> run.write(chunk, bulk));
            bulk.finish();
        }
        LOG.infof("imported %d contract rows (%d new, %d updated, %d unchanged) in %d ms", rows, run.created, run.updated,
                run.unchanged, (System.nanoTime() - started) / 1_000_000);
        return new ImportResponse(rows, run.created, run.updated, run.unchanged);
    }

    /** One import: the layout that reads and checks each row, and the writing of each chunk of valid rows. */
    private final class Import implements CsvImport.Layout<Numbered> {

        private final Set<String> knownCapabilities;
        private final Map<Key, UUID> existing;
        private final Set<Key> inFile = new HashSet<>();
        private final List<Integer> otherCouncilsLines = new ArrayList<>();
        private long created;
        private long updated;
        private long unchanged;
        /** The transaction's audit revision, once a new contract needs it. */
        private Long revision;

        Import(Set<String> knownCapabilities, Map<Key, UUID> existing) {
            this.knownCapabilities = knownCapabilities;
            this.existing = existing;
        }

        @Override
        public CSVFormat format() {
            return ContractCsv.READ;
        }

        @Override
        public List<String> columns() {
            return ContractCsv.COLUMNS;
        }

        @Override
        public List<String> requiredColumns() {
            return ContractCsv.REQUIRED;
        }

        @Override
        public CsvImport.Row<Numbered> read(CSVRecord record, int columns, int line) {
            CsvFields fields = new CsvFields(record, columns);
            ContractRequest contract = ContractCsv.read(fields);
            List<FieldError> errors = new ArrayList<>(fields.errors());
            validator.errors(contract, knownCapabilities::contains).stream().map(ContractCsv::inColumns)
                    .filter(e -> !fields.unreadable().contains(e.field())).forEach(errors::add);
            if (contract.council() != null && contract.reference() != null) {
                if (!caller.actsFor(contract.council())) {
                    otherCouncilsLines.add(line);
                    errors.add(new FieldError(ContractCsv.COUNCIL, caller.describe() + " may not import contracts of council "
                            + contract.council()));
                }
                if (!inFile.add(new Key(contract.council(), contract.reference().trim()))) {
                    errors.add(new FieldError(ContractCsv.REFERENCE, "council " + contract.council() + "'s reference '"
                            + contract.reference().trim() + "' appears earlier in the file"));
                }
            }
            return CsvImport.Row.of(new Numbered(line, contract), errors);
        }

        @Override
        public ProblemException refusal(List<FieldError> errors, int badRows, long rows) {
            if (otherCouncilsLines.isEmpty()) {
                return CsvImport.invalid(errors, badRows, rows);
            }
            return new ProblemException(ProblemType.FORBIDDEN, caller.describe() + " imports only its own council's contracts; "
                    + "line" + (otherCouncilsLines.size() == 1 ? " " : "s ")
                    + otherCouncilsLines.stream().limit(50).map(String::valueOf).collect(Collectors.joining(", "))
                    + (otherCouncilsLines.size() > 50 ? " and more" : "") + " are another council's; nothing was imported",
                    FieldError.merged(errors));
        }

        /** New contracts go to the bulk copy; changes to known ones through Hibernate, once the copies so far are done. */
        void write(List<Numbered> chunk, BulkCopy bulk) {
            List<UUID> known = chunk.stream().map(row -> existing.get(row.key())).filter(id -> id != null).toList();
            if (!known.isEmpty()) {
                bulk.finish();
            }
            Map<UUID, Contract> byId = contracts.withIds(known).stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
            List<ContractRequest> newOnes = new ArrayList<>();
            List<Contract> changed = new ArrayList<>();
            List<Numbered> successors = new ArrayList<>();
            for (Numbered row : chunk) {
                UUID id = existing.get(row.key());
                if (id == null && row.contract().replacesOrEmpty().isEmpty()) {
                    newOnes.add(row.contract());
                    continue;
                }
                if (id == null) {
                    successors.add(row);
                    continue;
                }
                Contract contract = byId.get(id);
                if (!register.wouldChange(contract, row.contract())) {
                    unchanged++;
                } else if (contract.status == ContractStatus.TERMINATED) {
                    throw new ProblemException(ProblemType.INVALID_INPUT, "line " + row.line() + ": contract " + contract.reference
                            + " of " + contract.council + " is terminated and can no longer change; nothing was imported",
                            List.of(new FieldError(row.line(), ContractCsv.REFERENCE, "a terminated contract can no longer change")));
                } else {
                    onLine(row, () -> register.change(contract, row.contract()));
                    changed.add(contract);
                    updated++;
                }
            }
            if (!successors.isEmpty()) {
                bulk.finish();
            }
            for (Numbered row : successors) { // few: each links the contracts it replaces, so not through the bulk copy
                Contract contract = onLine(row, () -> register.newContract(row.contract()));
                entityManager.flush();
                register.publish(contract, ContractEventType.CREATED);
                created++;
            }
            if (!changed.isEmpty()) {
                entityManager.flush(); // assigns the changed contracts' versions before their events are written
                changed.forEach(c -> register.publish(c, ContractEventType.CHANGED));
                entityManager.flush();
            }
            entityManager.clear();
            if (!newOnes.isEmpty()) {
                if (revision == null) {
                    bulk.finish(); // the revision row is written through Hibernate, and the audit rows refer to it
                    revision = contracts.auditRevision();
                }
                register.newContracts(newOnes, revision, bulk);
                created += newOnes.size();
            }
        }
    }

    /** Writes a row; a problem its writing finds (such as a contract it cannot replace) names its line and columns. */
    private static <T> T onLine(Numbered row, Supplier<T> write) {
        try {
            return write.get();
        } catch (ProblemException e) {
            if (e.errors().isEmpty()) {
                throw e;
            }
            List<FieldError> errors = e.errors().stream()
                    .map(error -> ContractCsv.inColumns(new FieldError(row.line(), error.field(), error.message()))).toList();
            throw new ProblemException(ProblemType.INVALID_INPUT, "line " + row.line() + ": " + errors.get(0).message()
                    + "; nothing was imported", errors);
        }
    }

    /** A valid row and its line, for a problem found only when it is written. */
    private record Numbered(int line, ContractRequest contract) {

        Key key() {
            return new Key(contract.council(), contract.reference().trim());
        }
    }
}
