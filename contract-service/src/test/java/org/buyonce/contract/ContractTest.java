package org.buyonce.contract;

import org.buyonce.events.ContractStatus;
import org.buyonce.events.OptionStatus;
import org.buyonce.events.RenewalType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The lifecycle rules of a contract, without a database or a framework. */
class ContractTest {

    @Test
    void noticeDeadlineFollowsTheEnd() {
        Contract contract = fixed(LocalDate.of(2027, 3, 31), 3, 12, 12);

        assertThat(contract.noticeDeadline).isEqualTo(LocalDate.of(2026, 12, 31));
        contract.setEnd(LocalDate.of(2027, 6, 30), 6);
        assertThat(contract.noticeDeadline).isEqualTo(LocalDate.of(2026, 12, 30));
    }

    @Test
    void latestPossibleEndAddsEveryAvailableOption() {
        Contract contract = fixed(LocalDate.of(2027, 3, 31), 3, 12, 12);

        assertThat(contract.latestPossibleEnd()).contains(LocalDate.of(2029, 3, 31));
        assertThat(contract.remainingOptions()).hasSize(2);
    }

    @Test
    void exercisingTheNextOptionMovesTheEndByItsMonthsAndUsesIt() {
        Contract contract = fixed(LocalDate.of(2027, 3, 31), 3, 12, 6);

        contract.exerciseNextOption();

        assertThat(contract.endDate).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(contract.noticeDeadline).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(contract.extensionOptions).extracting(ExtensionOption::status)
                .containsExactly(OptionStatus.EXERCISED, OptionStatus.AVAILABLE);
        assertThat(contract.nextOptionIndex()).contains(1);
        assertThat(contract.latestPossibleEnd()).contains(LocalDate.of(2028, 9, 30));
    }

    @Test
    void decliningTheNextOptionLeavesTheEndAndTakesItOutOfTheLatestEnd() {
        Contract contract = fixed(LocalDate.of(2027, 3, 31), 3, 12, 12);

        contract.declineNextOption();

        assertThat(contract.endDate).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(contract.extensionOptions).extracting(ExtensionOption::status)
                .containsExactly(OptionStatus.DECLINED, OptionStatus.AVAILABLE);
        assertThat(contract.latestPossibleEnd()).contains(LocalDate.of(2028, 3, 31));
    }

    @Test
    void terminationEndsTheContractOnTheDateWithNoOptionsLeft() {
        Contract contract = fixed(LocalDate.of(2027, 3, 31), 3, 12);

        contract.terminate(LocalDate.of(2026, 9, 30), "consolidated");

        assertThat(contract.status).isEqualTo(ContractStatus.TERMINATED);
        assertThat(contract.endDate).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(contract.remainingOptions()).isEmpty();
        assertThat(contract.latestPossibleEnd()).contains(LocalDate.of(2026, 9, 30));
        assertThat(contract.catchUpWith(LocalDate.of(2030, 1, 1))).isEmpty();
    }

    @Test
    void aFixedContractPastItsEndExpiresOnce() {
        Contract contract = fixed(LocalDate.of(2027, 3, 31), 3);

        assertThat(contract.catchUpWith(LocalDate.of(2027, 3, 31))).isEmpty();
        assertThat(contract.catchUpWith(LocalDate.of(2027, 4, 1))).contains(Contract.ContractStatusChange.EXPIRED);
        assertThat(contract.status).isEqualTo(ContractStatus.EXPIRED);
        assertThat(contract.catchUpWith(LocalDate.of(2027, 4, 2))).isEmpty();
    }

    @Test
    void anExpiredContractWhoseEndMovesIntoTheFutureIsActiveAgain() {
        Contract contract = fixed(LocalDate.of(2027, 3, 31), 3);
        contract.catchUpWith(LocalDate.of(2027, 4, 1));

        contract.setEnd(LocalDate.of(2027, 12, 31), 3);

        assertThat(contract.catchUpWith(LocalDate.of(2027, 4, 1))).contains(Contract.ContractStatusChange.REACTIVATED);
        assertThat(contract.status).isEqualTo(ContractStatus.ACTIVE);
    }

    @Test
    void aTacitContractPastItsEndRenewsByWholePeriods() {
        Contract contract = tacit(LocalDate.of(2025, 3, 31), 3, 12);

        assertThat(contract.latestPossibleEnd()).isEmpty();
        assertThat(contract.catchUpWith(LocalDate.of(2027, 1, 15))).contains(Contract.ContractStatusChange.RENEWED);

        assertThat(contract.endDate).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(contract.noticeDeadline).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(contract.status).isEqualTo(ContractStatus.ACTIVE);
    }

    @Test
    void optionsFromAMonthEndKeepItOnMonthEnds() {
        // SCDC-ICT-009: two 6-month options from 31 August 2027 reach 31 August 2028, not 29 August.
        Contract contract = fixed(LocalDate.of(2027, 8, 31), 3, 6, 6);
        assertThat(contract.latestPossibleEnd()).contains(LocalDate.of(2028, 8, 31));

        contract.exerciseNextOption();
        assertThat(contract.endDate).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(contract.noticeDeadline).isEqualTo(LocalDate.of(2027, 11, 29)); // plain: errs early
        assertThat(contract.latestPossibleEnd()).contains(LocalDate.of(2028, 8, 31));

        contract.exerciseNextOption();
        assertThat(contract.endDate).isEqualTo(LocalDate.of(2028, 8, 31));
    }

    @Test
    void aDayInsideTheMonthMovesByPlainMonths() {
        Contract contract = fixed(LocalDate.of(2027, 1, 30), 1, 1, 1);
        assertThat(contract.latestPossibleEnd()).contains(LocalDate.of(2027, 3, 30)); // from the current end, 2 months

        contract.exerciseNextOption();
        assertThat(contract.endDate).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(contract.latestPossibleEnd()).contains(LocalDate.of(2027, 3, 31)); // 28 February is a month end
    }

    @Test
    void aTacitRenewalFromAMonthEndStaysOnMonthEnds() {
        Contract contract = tacit(LocalDate.of(2027, 2, 28), 3, 12);

        assertThat(contract.catchUpWith(LocalDate.of(2028, 3, 1))).contains(Contract.ContractStatusChange.RENEWED);

        assertThat(contract.endDate).isEqualTo(LocalDate.of(2029, 2, 28)); // 2028-02-29, then 2029-02-28
        assertThat(contract.noticeDeadline).isEqualTo(LocalDate.of(2028, 11, 28));
    }

    static Contract fixed(LocalDate end, int noticeMonths, int... options) {
        Contract contract = base(end, noticeMonths);
        contract.renewalType = RenewalType.FIXED;
        contract.extensionOptions = Arrays.stream(options)
                .mapToObj(months -> new ExtensionOption(months, OptionStatus.AVAILABLE)).toList();
        return contract;
    }

    static Contract tacit(LocalDate end, int noticeMonths, int renewalMonths) {
        Contract contract = base(end, noticeMonths);
        contract.renewalType = RenewalType.TACIT;
        contract.renewalPeriodMonths = renewalMonths;
        return contract;
    }

    private static Contract base(LocalDate end, int noticeMonths) {
        Contract contract = new Contract();
        contract.startDate = LocalDate.of(2022, 4, 1);
        contract.status = ContractStatus.ACTIVE;
        contract.annualValue = new BigDecimal("1000.00");
        contract.extensionOptions = List.of();
        contract.setEnd(end, noticeMonths);
        return contract;
    }
}
