package org.buyonce.contract.repository;

import org.buyonce.events.ContractStatus;

import java.time.LocalDate;

/** What a list of contracts may be narrowed by; null means "any". */
public record ContractFilter(
        String council,
        String capability,
        ContractStatus status,
        String supplier,
        LocalDate endFrom,
        LocalDate endTo,
        LocalDate noticeBefore) {
}
