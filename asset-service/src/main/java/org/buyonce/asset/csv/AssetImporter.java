package org.buyonce.asset.csv;

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
    private final long maxBytes;

    public AssetImporter(AssetRepository assets, ProjectionRepository projections, AssetValidator validator,
            AssetRegister register, EntityManager entityManager,
            @ConfigProperty(name = "buyonce.http.max-csv-body-bytes", defaultValue = "50331648") long maxBytes) {
        this.assets = assets;
        this.projections = projections;
        this.validator = validator;
        this.register = register;
        this.entityManager = entityManager;
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
        long rows = CsvImport.run(file, maxBytes, AssetCsv.layout((asset, unreadable) -> {
            List<FieldError> errors = new ArrayList<>();
            validator.errors(asset, capabilities::contains).stream().filter(e -> !unreadable.contains(e.field())).forEach(errors::add);
            String tag = asset.tag() == null ? null : asset.tag().trim();
            if (tag != null && !tagsInFile.add(tag)) {
                errors.add(new FieldError("tag", "tag '" + tag + "' appears earlier in the file"));
            }
            return errors;
        }), chunk -> write(chunk, existingTags, counts));
        LOG.infof("imported %d rows (%d new, %d updated, %d unchanged) in %d ms", rows, counts.created, counts.updated,
                counts.unchanged, (System.nanoTime() - started) / 1_000_000);
        return new ImportResponse(rows, counts.created, counts.updated, counts.unchanged);
    }

    private void write(List<AssetRequest> chunk, Set<String> existingTags, Counts counts) {
        List<String> toUpdate = chunk.stream().map(a -> a.tag().trim()).filter(existingTags::contains).toList();
        Map<String, Asset> existing = assets.withTags(toUpdate).stream()
                .collect(Collectors.toMap(a -> a.tag, Function.identity()));
        List<Asset> written = new ArrayList<>(chunk.size());
        for (AssetRequest request : chunk) {
            Asset asset = existing.get(request.tag().trim());
            if (asset == null) {
                written.add(register.newAsset(request));
                counts.created++;
            } else if (register.change(asset, request)) {
                written.add(asset);
                counts.updated++;
            } else {
                counts.unchanged++;
            }
        }
        entityManager.flush(); // assigns this chunk's versions before its events are written
        written.forEach(register::publish);
        entityManager.flush();
        entityManager.clear();
    }

    private static final class Counts {
        long created;
        long updated;
        long unchanged;
    }
}
