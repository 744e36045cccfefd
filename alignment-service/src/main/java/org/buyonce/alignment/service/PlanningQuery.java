package org.buyonce.alignment.service;

import org.buyonce.alignment.config.PlannerConfig;
import org.buyonce.alignment.planner.Policy;
import org.buyonce.commons.json.InputRules;
import org.buyonce.commons.problem.FieldError;
import org.buyonce.commons.problem.ProblemException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The planning date and policy of a request, checked: nothing absurd reaches the planner. */
public record PlanningQuery(LocalDate asOf, Policy policy) {

    static final int MAX_YEARS_FROM_TODAY = 25;

    /** From query parameters: each may be absent (today, the configured policy); every bad one is reported. */
    public static PlanningQuery parse(String asOf, String leadTimeMonths, String maxBridgeMonths, LocalDate today,
            PlannerConfig defaults) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = null;
        if (asOf != null && !asOf.isBlank()) {
            InputRules.Result<LocalDate> parsed = InputRules.date(asOf.trim());
            if (parsed.isWrong()) {
                errors.add(new FieldError("asOf", parsed.problem()));
            }
            date = parsed.value();
        }
        Integer lead = months("leadTimeMonths", leadTimeMonths, errors);
        Integer bridge = months("maxBridgeMonths", maxBridgeMonths, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return of(date, lead, bridge, today, defaults);
    }

    /** From typed values (a request body); null means the default. */
    public static PlanningQuery of(LocalDate asOf, Integer leadTimeMonths, Integer maxBridgeMonths, LocalDate today,
            PlannerConfig defaults) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = asOf == null ? today : asOf;
        if (date.isBefore(today.minusYears(MAX_YEARS_FROM_TODAY)) || date.isAfter(today.plusYears(MAX_YEARS_FROM_TODAY))) {
            errors.add(new FieldError("asOf", "must be within " + MAX_YEARS_FROM_TODAY + " years of today"));
        }
        int lead = leadTimeMonths == null ? defaults.leadTimeMonths() : leadTimeMonths;
        int bridge = maxBridgeMonths == null ? defaults.maxBridgeMonths() : maxBridgeMonths;
        if (lead < 0 || lead > Policy.MAX_MONTHS) {
            errors.add(new FieldError("leadTimeMonths", "must be from 0 to " + Policy.MAX_MONTHS));
        }
        if (bridge < 0 || bridge > Policy.MAX_MONTHS) {
            errors.add(new FieldError("maxBridgeMonths", "must be from 0 to " + Policy.MAX_MONTHS));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new PlanningQuery(date, new Policy(lead, bridge));
    }

    private static Integer months(String name, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "'" + InputRules.printable(value) + "' is not a whole number of months"));
            return null;
        }
    }
}
