package org.buyonce.asset.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.buyonce.asset.Asset;
import org.buyonce.asset.api.AssetRequest;
import org.buyonce.asset.api.AssetResponse;
import org.buyonce.asset.repository.AssetFilter;
import org.buyonce.asset.repository.AssetRepository;
import org.buyonce.asset.repository.ProjectionRepository;
import org.buyonce.commons.concurrency.ExpectedVersion;
import org.buyonce.commons.paging.Page;
import org.buyonce.commons.paging.PageRequest;
import org.buyonce.commons.problem.FieldError;
import org.buyonce.commons.problem.ProblemException;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The register: every change commits together with its asset-lifecycle event in the outbox, or not at all. */
@ApplicationScoped
@Transactional
public class AssetService {

    private final AssetRepository assets;
    private final ProjectionRepository projections;
    private final AssetValidator validator;
    private final AssetRegister register;

    public AssetService(AssetRepository assets, ProjectionRepository projections, AssetValidator validator, AssetRegister register) {
        this.assets = assets;
        this.projections = projections;
        this.validator = validator;
        this.register = register;
    }

    public AssetResponse create(AssetRequest request) {
        validate(request);
        ExpectedVersion.refuseOnCreate(request.version());
        checkTagIsFree(request.tag().trim(), null);
        return changed(register.newAsset(request));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AssetResponse> find(UUID id) {
        return assets.findByIdOptional(id).map(this::toResponse);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AssetResponse> list(AssetFilter filter, PageRequest page) {
        return assets.search(filter, page).map(this::toResponse);
    }

    public AssetResponse update(UUID id, AssetRequest request, String ifMatch) {
        Asset asset = assets.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("asset", id));
        ExpectedVersion.of(ifMatch, request == null ? null : request.version()).check(asset.version);
        validate(request);
        checkTagIsFree(request.tag().trim(), id); // before the asset changes: the query would flush it
        return register.change(asset, request) ? changed(asset) : toResponse(asset);
    }

    public void delete(UUID id, String ifMatch) {
        Asset asset = assets.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("asset", id));
        ExpectedVersion expected = ExpectedVersion.optional(ifMatch);
        if (expected != null) {
            expected.check(asset.version);
        }
        register.delete(asset);
    }

    AssetResponse toResponse(Asset asset) {
        return AssetMapper.toResponse(asset, projections.contract(asset.supportingContractId));
    }

    private AssetResponse changed(Asset asset) {
        assets.flush();
        register.publish(asset);
        return toResponse(asset);
    }

    private void validate(AssetRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "an asset is required");
        }
        List<FieldError> errors = validator.errors(request, projections::isKnownCapability);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private void checkTagIsFree(String tag, UUID except) {
        if (assets.tagTaken(tag, except == null ? new UUID(0, 0) : except)) {
            throw ProblemException.conflict("the register already has an asset tagged '" + tag + "'");
        }
    }
}
