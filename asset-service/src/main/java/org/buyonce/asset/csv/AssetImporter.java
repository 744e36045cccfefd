package org.buyonce.asset.csv;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.buyonce.asset.Asset;
import org.buyonce.asset.api.AssetRequest;
import org.buyonce.asset.repository.AssetRepository;
import org.buyonce.asset.repository.ProjectionRepository;
import org.buyonce.asset.service.AssetRegister;
import org.buyonce.asset.service.AssetValidator;
import org.buyonce.commons.csv.CsvImport;
import org.buyonce.commons.jdbc.BulkCopy;
import org.buyonce.commons.csv.ImportResponse;
import org.buyonce.commons.problem.FieldError;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports a register file in one streaming pass and one transaction ({@link CsvImport}): a tag already in the register
 * is updated, unless the row says what the register already says (then nothing is written, no version, no event);
 * a new tag is created; any bad row and nothing is kept.
 */
@ApplicationScoped
public class AssetImporter {

    private static final Logger LOG = Logger.getLogger(AssetImporter.class);

    private final AssetRepository assets;
    private final ProjectionRepository projections;
    private final AssetValidator validator;
    private final AssetRegister register;
    private final EntityManager entityManager;
    private final AgroalDataSource dataSource;
    private final long maxBytes;

    public AssetImporter(AssetRepository assets, ProjectionRepository projections, AssetValidator validator,
            AssetRegister register, EntityManager entityManager, AgroalDataSource dataSource,
            @ConfigProperty(name = "buyonce.http.max-csv-body-bytes", defaultValue = "50331648") long maxBytes) {
        this.assets = assets;
        this.projections = projections;
        this.validator = validator;
        this.register = register;
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.maxBytes = maxBytes;
    }

    /** Imports a UTF-8 register file, with or without the byte order mark spreadsheets often start one with. */
    @Transactional
    @TransactionConfiguration(timeout = 1800)
    public ImportResponse importCsv(InputStream file) {
        long started = System.nanoTime();
        Set<String> capabilities = projections.capabilityCodes();
        // Read once: looking tags up chunk by chunk would make PostgreSQL scan a table growing within this transaction.
        Set<String> existingTags = assets.allTags();
        Set<String> tagsInFile = new HashSet<>();
        Counts counts = new Counts();
        long rows;
        try (BulkCopy bulk = BulkCopy.open(dataSource, entityManager)) {
            rows = CsvImport.run(file, maxBytes, AssetCsv.layout((asset, unreadable) -> {
                List<FieldError> errors = new ArrayList<>();
                validator.errors(asset, capabilities::contains).stream().filter(e -> !unreadable.contains(e.field())).forEach(errors::add);
                String tag = asset.tag() == null ? null : asset.tag().trim();
                if (tag != null && !tagsInFile.add(tag)) {
                    errors.add(new FieldError("tag", "tag '" + tag + "' appears earlier in the file"));
                }
                return errors;
            }), chunk -> write(chunk, existingTags, counts, bulk));
            bulk.finish();
        }
        LOG.infof("imported %d rows (%d new, %d updated, %d unchanged) in %d ms", rows, counts.created, counts.updated,
                counts.unchanged, (System.nanoTime() - started) / 1_000_000);
        return new ImportResponse(rows, counts.created, counts.updated, counts.unchanged);
    }

    /** New assets go to the bulk copy; changes to existing ones through Hibernate, once the copies so far are done. */
    private void write(List<AssetRequest> chunk, Set<String> existingTags, Counts counts, BulkCopy bulk) {
        List<String> toUpdate = chunk.stream().map(a -> a.tag().trim()).filter(existingTags::contains).toList();
        if (!toUpdate.isEmpty()) {
            bulk.finish();
        }
        Map<String, Asset> existing = assets.withTags(toUpdate).stream()
                .collect(Collectors.toMap(a -> a.tag, Function.identity()));
        List<AssetRequest> newOnes = new ArrayList<>(chunk.size());
        List<Asset> changed = new ArrayList<>();
        for (AssetRequest request : chunk) {
            Asset asset = existing.get(request.tag().trim());
            if (asset == null) {
                newOnes.add(request);
            } else if (register.change(asset, request)) {
                changed.add(asset);
            } else {
                counts.unchanged++;
            }
        }
        if (!changed.isEmpty()) {
            entityManager.flush(); // assigns the changed assets' versions before their events are written
            changed.forEach(register::publish);
            entityManager.flush();
        }
        entityManager.clear();
        register.newAssets(newOnes, bulk);
        counts.created += newOnes.size();
        counts.updated += changed.size();
    }

    private static final class Counts {
        long created;
        long updated;
        long unchanged;
    }
}
