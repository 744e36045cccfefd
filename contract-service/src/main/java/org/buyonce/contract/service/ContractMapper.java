package org.buyonce.contract.service;

import org.buyonce.contract.Contract;
import org.buyonce.contract.ExtensionOption;
import org.buyonce.contract.Participant;
import org.buyonce.contract.api.ContractRequest;
import org.buyonce.contract.api.ContractResponse;
import org.buyonce.contract.api.ExtensionOptionResponse;
import org.buyonce.contract.api.OwnerResponse;
import org.buyonce.contract.api.ParticipantResponse;
import org.buyonce.contract.api.SupplierResponse;
import org.buyonce.contract.api.EstimatedValueResponse;
import org.buyonce.contract.notice.EstimatedValue;
import org.buyonce.contract.notice.OwedNotice;
import org.buyonce.contract.notice.Regime;
import org.buyonce.dates.Months;
import org.buyonce.events.ContractRenewalState;
import org.buyonce.events.RenewalType;
import org.buyonce.events.OptionStatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/** Every translation of a contract: request to entity, entity to response, entity to event data. */
public final class ContractMapper {

    private static final BigDecimal DEFAULT_VAT_RATE = BigDecimal.valueOf(20);

    private ContractMapper() {
    }

    /** Copies what a client may write; status, id, version and derived dates stay the service's. */
    static void apply(ContractRequest request, Contract contract) {
        contract.council = request.council();
        contract.reference = request.reference().trim();
        contract.title = request.title().trim();
        contract.description = blankToNull(request.description());
        contract.department = blankToNull(request.department());
        contract.supplierName = request.supplier().name().trim();
        contract.supplierCompanyNumber = request.supplier().companyNumber();
        contract.supplierSme = request.supplier().sme();
        contract.supplierVcse = request.supplier().vcse();
        contract.capability = request.capability();
        contract.startDate = request.startDate();
        contract.extensionOptions = request.extensionOptionsOrEmpty().stream()
                .map(o -> new ExtensionOption(o.months(), o.status() == null ? OptionStatus.AVAILABLE : o.status()))
                .toList();
        contract.renewalType = request.renewalType();
        contract.renewalPeriodMonths = request.renewalPeriodMonths();
        contract.annualValue = request.annualValue().setScale(2, RoundingMode.UNNECESSARY);
        contract.irrecoverableVat = request.irrecoverableVat() == null ? null : request.irrecoverableVat().setScale(2, RoundingMode.UNNECESSARY);
        contract.procurementRoute = blankToNull(request.procurementRoute());
        contract.participants = request.participantsOrEmpty().stream()
                .map(p -> new Participant(p.council(), p.sharePercent().setScale(2, RoundingMode.UNNECESSARY)))
                .toList();
        contract.setEnd(request.endDate(), request.noticePeriodMonths());
        contract.regime = request.regime() == null ? Regime.defaultFor(request.startDate()) : request.regime();
        contract.enteredIntoOn = request.enteredIntoOn();
        contract.vatRate = (request.vatRate() == null ? DEFAULT_VAT_RATE : request.vatRate()).setScale(2, RoundingMode.UNNECESSARY);
        contract.kpis = request.kpisOrEmpty().stream().map(String::trim).toList();
        contract.supplierPpon = request.supplier().ppon();
        contract.ownerName = request.owner() == null ? null : request.owner().name().trim();
        contract.ownerEmail = request.owner() == null ? null : request.owner().email().trim();
        contract.planId = request.planId();
        contract.replaces = List.copyOf(request.replacesOrEmpty());
        if (request.awardedMaximumEnd() != null) {
            contract.awardedMaximumEnd = request.awardedMaximumEnd();
        } else if (contract.awardedMaximumEnd == null) {
            contract.awardedMaximumEnd = awardedAtFirst(contract);
        }
    }

    /** The awarded maximum term's end when nobody said: the end plus every option still to come (the end for TACIT). */
    private static LocalDate awardedAtFirst(Contract contract) {
        if (contract.renewalType == RenewalType.TACIT) {
            return contract.endDate;
        }
        int months = contract.extensionOptions.stream().filter(o -> o.status() == OptionStatus.AVAILABLE)
                .mapToInt(ExtensionOption::months).sum();
        return Months.plus(contract.endDate, months);
    }

    public static ContractResponse toResponse(Contract c) {
        EstimatedValue value = c.estimatedValue();
        return new ContractResponse(c.id, c.version, c.council, c.reference, c.title, c.description, c.department,
                new SupplierResponse(c.supplierName, c.supplierCompanyNumber, c.supplierSme, c.supplierVcse, c.supplierPpon), c.capability,
                c.startDate, c.endDate,
                c.extensionOptions.stream().map(o -> new ExtensionOptionResponse(o.months(), o.status())).toList(),
                c.noticePeriodMonths, c.renewalType, c.renewalPeriodMonths, c.annualValue, c.irrecoverableVat, c.procurementRoute,
                c.status, c.participants.stream().map(p -> new ParticipantResponse(p.council(), p.sharePercent())).toList(),
                c.regime, c.enteredIntoOnOrStart(), c.awardedMaximumEnd, c.vatRate, c.kpis,
                c.ownerEmail == null ? null : new OwnerResponse(c.ownerName, c.ownerEmail), c.planId, c.replaces, c.replacedBy,
                new EstimatedValueResponse(value.net(), value.gross()), value.aboveThreshold(c.startDate),
                c.noticeDeadline, c.latestPossibleEnd().orElse(null), c.terminationReason, c.createdAt, c.updatedAt);
    }

    /** @param unpublished the notices it owes and has not published, soonest first */
    static ContractRenewalState toEvent(Contract c, List<OwedNotice> unpublished) {
        return new ContractRenewalState(c.id, c.version, c.council, c.reference, c.title,
                new ContractRenewalState.Supplier(c.supplierName, c.supplierCompanyNumber), c.capability,
                c.startDate, c.endDate,
                c.extensionOptions.stream().map(o -> new ContractRenewalState.ExtensionOption(o.months(), o.status())).toList(),
                c.noticePeriodMonths, c.noticeDeadline, c.renewalType, c.renewalPeriodMonths,
                c.latestPossibleEnd().orElse(null), c.annualValue, c.procurementRoute, c.status,
                c.participants.stream().map(p -> new ContractRenewalState.Participant(p.council(), p.sharePercent())).toList(),
                c.regime.name(), c.awardedMaximumEnd,
                unpublished.stream().map(n -> new ContractRenewalState.NoticeDue(n.type(), n.dueOn())).toList(),
                c.ownerEmail == null ? null : new ContractRenewalState.Owner(c.ownerName, c.ownerEmail), c.planId, c.replaces, c.replacedBy);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
