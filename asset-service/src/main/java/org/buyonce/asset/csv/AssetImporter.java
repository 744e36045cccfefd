package org.buyonce.asset.csv;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.buyonce.asset.Asset;
import org.buyonce.asset.api.AssetRequest;
import org.buyonce.asset.api.ImportResponse;
import org.buyonce.asset.repository.AssetRepository;
import org.buyonce.asset.repository.ProjectionRepository;
import org.buyonce.asset.service.AssetRegister;
import org.buyonce.asset.service.AssetValidator;
import org.buyonce.commons.csv.CsvInput;
import org.buyonce.commons.problem.FieldError;
import org.buyonce.commons.problem.ProblemException;
import org.buyonce.commons.problem.ProblemType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports a register file in one streaming pass and one transaction: every row is validated; rows are written in
 * chunks (flushed and let go, so memory stays flat) while all are valid; if any row is bad, nothing is kept and the
 * answer lists each bad row with its line. A tag already in the register is updated; a new tag is created.
 */
@ApplicationScoped
public class AssetImporter {

    private static final Logger LOG = Logger.getLogger(AssetImporter.class);

    static final int CHUNK = 500;
    static final int MAX_REPORTED = 1000;

    private final AssetRepository assets;
    private final ProjectionRepository projections;
    private final AssetValidator validator;
    private final AssetRegister register;
    private final EntityManager entityManager;
    private final long maxBytes;

    public AssetImporter(AssetRepository assets, ProjectionRepository projections, AssetValidator validator,
            AssetRegister register, EntityManager entityManager,
            @ConfigProperty(name = "buyonce.http.max-csv-body-bytes", defaultValue = "50331648") long maxBytes) {
        this.maxBytes = maxBytes;
        this.assets = assets;
        this.projections = projections;
        this.validator = validator;
        this.register = register;
        this.entityManager = entityManager;
    }

    /** Imports a UTF-8 register file, with or without the byte order mark spreadsheets often start one with. */
    @Transactional
    @TransactionConfiguration(timeout = 1800)
    public ImportResponse importCsv(InputStream file) {
        Reader csv = CsvInput.open(file, maxBytes);
        long started = System.nanoTime();
        Set<String> capabilities = projections.capabilityCodes();
        // Read once: looking tags up chunk by chunk would make PostgreSQL scan a table growing within this transaction.
        Set<String> existingTags = assets.allTags();
        List<FieldError> errors = new ArrayList<>();
        int badRows = 0;
        Set<String> tags = new HashSet<>(); // to catch a tag given twice in the file
        List<AssetRequest> chunk = new ArrayList<>(CHUNK);
        long rows = 0;
        long[] createdUpdated = new long[2];
        CSVParser parser = null;
        try {
            parser = AssetCsv.READ.parse(csv);
            List<FieldError> header = AssetCsv.headerErrors(parser.getHeaderNames());
            if (!header.isEmpty()) {
                throw invalid(header, 0, 0);
            }
            for (CSVRecord record : parser) {
                rows++;
                int line = (int) record.getRecordNumber() + 1; // the header is line 1
                AssetCsv.Row row = AssetCsv.read(record, parser.getHeaderNames().size());
                List<FieldError> rowErrors = new ArrayList<>(row.errors());
                validator.errors(row.asset(), capabilities::contains).stream()
                        .filter(e -> !row.unreadable().contains(e.field())).forEach(rowErrors::add);
                String tag = row.asset().tag() == null ? null : row.asset().tag().trim();
                if (tag != null && !tags.add(tag)) {
                    rowErrors.add(new FieldError("tag", "tag '" + tag + "' appears earlier in the file"));
                }
                if (!rowErrors.isEmpty()) {
                    badRows++;
                    rowErrors.stream().limit(Math.max(0, MAX_REPORTED - errors.size())).map(e -> e.atLine(line)).forEach(errors::add);
                    continue;
                }
                if (errors.isEmpty()) {
                    chunk.add(row.asset());
                    if (chunk.size() == CHUNK) {
                        write(chunk, existingTags, createdUpdated);
                    }
                }
            }
        } catch (IOException e) {
            throw CsvInput.failure(new UncheckedIOException(e), parser);
        } catch (RuntimeException malformed) {
            throw CsvInput.failure(malformed, parser);
        } finally {
            CsvInput.close(parser);
        }
        if (!errors.isEmpty()) {
            throw invalid(errors, badRows, rows); // rolls back every chunk written
        }
        write(chunk, existingTags, createdUpdated);
        LOG.infof("imported %d rows (%d new, %d updated) in %d ms", rows, createdUpdated[0], createdUpdated[1],
                (System.nanoTime() - started) / 1_000_000);
        return new ImportResponse(rows, createdUpdated[0], createdUpdated[1]);
    }

    private void write(List<AssetRequest> chunk, Set<String> existingTags, long[] createdUpdated) {
        if (chunk.isEmpty()) {
            return;
        }
        List<String> toUpdate = chunk.stream().map(a -> a.tag().trim()).filter(existingTags::contains).toList();
        Map<String, Asset> existing = assets.withTags(toUpdate).stream()
                .collect(Collectors.toMap(a -> a.tag, Function.identity()));
        List<Asset> written = new ArrayList<>(chunk.size());
        for (AssetRequest request : chunk) {
            Asset asset = existing.get(request.tag().trim());
            if (asset == null) {
                written.add(register.newAsset(request));
                createdUpdated[0]++;
            } else {
                register.change(asset, request);
                written.add(asset);
                createdUpdated[1]++;
            }
        }
        entityManager.flush(); // assigns this chunk's versions before its events are written
        written.forEach(register::publish);
        entityManager.flush();
        entityManager.clear();
        chunk.clear();
    }

    private static ProblemException invalid(List<FieldError> errors, int badRows, long rows) {
        String detail = badRows == 0 ? "the header is not the register's layout; nothing was imported"
                : badRows + " of " + rows + " rows are invalid; nothing was imported"
                        + (errors.size() >= MAX_REPORTED ? " (the first " + MAX_REPORTED + " problems are listed)" : "");
        return new ProblemException(ProblemType.INVALID_INPUT, detail, FieldError.merged(errors));
    }
}
