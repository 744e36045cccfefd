package org.buyonce.contract.service;

import org.buyonce.contract.Contract;
import org.buyonce.contract.ExtensionOption;
import org.buyonce.contract.Participant;
import org.buyonce.contract.api.ContractRequest;
import org.buyonce.contract.api.ContractResponse;
import org.buyonce.contract.api.ExtensionOptionResponse;
import org.buyonce.contract.api.ParticipantResponse;
import org.buyonce.contract.api.SupplierResponse;
import org.buyonce.events.ContractRenewalState;
import org.buyonce.events.OptionStatus;

import java.math.RoundingMode;

/** Every translation of a contract: request to entity, entity to response, entity to event data. */
public final class ContractMapper {

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
    }

    public static ContractResponse toResponse(Contract c) {
        return new ContractResponse(c.id, c.version, c.council, c.reference, c.title, c.description, c.department,
                new SupplierResponse(c.supplierName, c.supplierCompanyNumber, c.supplierSme, c.supplierVcse), c.capability,
                c.startDate, c.endDate,
                c.extensionOptions.stream().map(o -> new ExtensionOptionResponse(o.months(), o.status())).toList(),
                c.noticePeriodMonths, c.renewalType, c.renewalPeriodMonths, c.annualValue, c.irrecoverableVat, c.procurementRoute,
                c.status, c.participants.stream().map(p -> new ParticipantResponse(p.council(), p.sharePercent())).toList(),
                c.noticeDeadline, c.latestPossibleEnd().orElse(null), c.terminationReason, c.createdAt, c.updatedAt);
    }

    static ContractRenewalState toEvent(Contract c) {
        return new ContractRenewalState(c.id, c.version, c.council, c.reference, c.title,
                new ContractRenewalState.Supplier(c.supplierName, c.supplierCompanyNumber), c.capability,
                c.startDate, c.endDate,
                c.extensionOptions.stream().map(o -> new ContractRenewalState.ExtensionOption(o.months(), o.status())).toList(),
                c.noticePeriodMonths, c.noticeDeadline, c.renewalType, c.renewalPeriodMonths,
                c.latestPossibleEnd().orElse(null), c.annualValue, c.procurementRoute, c.status,
                c.participants.stream().map(p -> new ContractRenewalState.Participant(p.council(), p.sharePercent())).toList());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
