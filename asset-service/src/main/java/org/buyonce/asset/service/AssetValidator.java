package org.buyonce.asset.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import org.buyonce.asset.api.AssetRequest;
import org.buyonce.commons.council.Partnership;
import org.buyonce.commons.problem.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Every rule an asset must meet, field rules and cross-field rules together, so one answer lists all that is wrong. */
@ApplicationScoped
public class AssetValidator {

    private final Validator validator;
    private final Partnership partnership;

    public AssetValidator(Validator validator, Partnership partnership) {
        this.validator = validator;
        this.partnership = partnership;
    }

    /** The errors of one asset; {@code knownCapability} tells whether a capability code is in the catalogue. */
    public List<FieldError> errors(AssetRequest asset, Predicate<String> knownCapability) {
        List<FieldError> errors = new ArrayList<>(FieldError.of(validator.validate(asset)));
        if (asset.councils() != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < asset.councils().size(); i++) {
                String council = asset.councils().get(i);
                if (council == null || council.isBlank()) {
                    continue; // reported by the field rules
                }
                if (!partnership.isMember(council)) {
                    errors.add(new FieldError("councils[" + i + "]", "unknown council '" + council + "'; the partnership's councils are " + partnership.codes()));
                } else if (!seen.add(council)) {
                    errors.add(new FieldError("councils[" + i + "]", "council " + council + " is listed twice"));
                }
            }
        }
        if (asset.capability() != null && !asset.capability().isBlank() && !knownCapability.test(asset.capability())) {
            errors.add(new FieldError("capability", "unknown capability '" + asset.capability() + "'; see GET /capabilities"));
        }
        notBeforePurchase(asset.warrantyEnd(), "warrantyEnd", asset.purchaseDate(), errors);
        notBeforePurchase(asset.endOfSupport(), "endOfSupport", asset.purchaseDate(), errors);
        return errors;
    }

    private static void notBeforePurchase(LocalDate date, String field, LocalDate purchase, List<FieldError> errors) {
        if (date != null && purchase != null && date.isBefore(purchase)) {
            errors.add(new FieldError(field, "must not be before purchaseDate (" + purchase + ")"));
        }
    }
}
