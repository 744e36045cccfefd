package org.buyonce.contract.notice;

import org.buyonce.contract.Contract;
import org.buyonce.events.ContractStatus;
import org.buyonce.events.NoticeType;
import org.buyonce.events.RenewalType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The rules of DESIGN.md, "Statutory notices (Procurement Act 2023)", with exact dates and amounts. */
class StatutoryNoticesTest {

    private static final LocalDate MARCH_2026 = LocalDate.of(2026, 3, 10);

    @Test
    void anActContractOfThreeYearsIsValuedOverItsAwardedTermAndOwesDetailsThenTermination() {
        // 2026-03-01 to 2028-02-29 with a 12-month option: awarded to 2029-02-28, 1,096 days.
        Contract contract = contract("100000.00", LocalDate.of(2026, 3, 1), LocalDate.of(2028, 2, 29), LocalDate.of(2029, 2, 28));

        assertThat(contract.estimatedValue()).isEqualTo(new EstimatedValue(new BigDecimal("300273.97"), new BigDecimal("360328.76")));
        assertThat(contract.estimatedValue().aboveThreshold(contract.startDate)).isTrue();
        assertThat(StatutoryNotices.owed(contract, List.of(), List.of(), MARCH_2026))
                .extracting(OwedNotice::type, OwedNotice::dueOn, OwedNotice::status)
                .containsExactly(tuple(NoticeType.UK7, LocalDate.of(2026, 3, 31), NoticeStatus.DUE),
                        tuple(NoticeType.UK11, LocalDate.of(2028, 3, 30), NoticeStatus.DUE));
    }

    @Test
    void theThresholdIsTheOneInForceWhenTheContractStarted() {
        // £175,000 a year for one year of 365 days: £175,000 net, £210,000 gross.
        Contract before2026 = contract("175000.00", LocalDate.of(2025, 3, 1), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 28));
        Contract from2026 = contract("175000.00", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 31));

        assertThat(before2026.estimatedValue().gross()).isEqualByComparingTo("210000.00");
        assertThat(before2026.estimatedValue().aboveThreshold(before2026.startDate)).as("under £214,904").isFalse();
        assertThat(before2026.estimatedValue().notifiable(before2026.startDate)).as("but at least £30,000").isTrue();
        assertThat(from2026.estimatedValue().aboveThreshold(from2026.startDate)).as("at least £207,720").isTrue();
    }

    @Test
    void underThirtyThousandGrossOrUnderTheOldRegulationsNothingIsOwed() {
        // £24,999.99 a year for 365 days is £29,999.99 gross with VAT at 20%.
        Contract small = contract("24999.99", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 31));
        Contract pcr = contract("100000.00", LocalDate.of(2026, 3, 1), LocalDate.of(2028, 2, 29), LocalDate.of(2029, 2, 28));
        pcr.regime = Regime.PCR2015;

        assertThat(small.estimatedValue().gross()).isEqualByComparingTo("29999.99");
        assertThat(StatutoryNotices.owed(small, List.of(), List.of(), MARCH_2026)).isEmpty();
        assertThat(StatutoryNotices.owed(pcr, List.of(), List.of(), MARCH_2026)).isEmpty();
        assertThat(StatutoryNotices.whyNotOwed(small, NoticeType.UK7)).hasValueSatisfying(why -> assertThat(why).contains("£29999.99"));
        assertThat(StatutoryNotices.whyNotOwed(pcr, NoticeType.UK7)).hasValueSatisfying(why -> assertThat(why).contains("PCR2015"));
    }

    @Test
    void overFiveMillionPerformanceNoticesFallOnEachAnniversaryAndAfterTheEnd() {
        Contract large = contract("2000000.00", LocalDate.of(2026, 4, 1), LocalDate.of(2029, 3, 31), LocalDate.of(2029, 3, 31));
        large.enteredIntoOn = LocalDate.of(2026, 3, 15);
        large.supplierPpon = "PQRS-1234-ABCD";

        List<OwedNotice> owed = StatutoryNotices.owed(large, List.of(), List.of(), MARCH_2026);

        assertThat(large.estimatedValue().gross()).isEqualByComparingTo("7206575.34");
        assertThat(owed).filteredOn(n -> n.type() == NoticeType.UK9).extracting(OwedNotice::dueOn, OwedNotice::number)
                .containsExactly(tuple(LocalDate.of(2027, 3, 15), 1), tuple(LocalDate.of(2028, 3, 15), 2),
                        tuple(LocalDate.of(2029, 3, 15), 3), tuple(LocalDate.of(2029, 4, 30), 4));
        assertThat(owed).filteredOn(n -> n.type() == NoticeType.UK7).singleElement().satisfies(uk7 -> {
            assertThat(uk7.dueOn()).isEqualTo(LocalDate.of(2026, 4, 14));
            assertThat(uk7.missing()).containsExactly(
                    "at least 3 key performance indicators (kpis) for a contract over £5,000,000; it has 0");
        });
        large.kpis = List.of("Availability", "Calls answered in 20 seconds", "Tickets resolved in 3 days");
        assertThat(StatutoryNotices.owed(large, List.of(), List.of(), MARCH_2026)).allSatisfy(n -> assertThat(n.missing()).isEmpty());
    }

    @Test
    void aPublicationAnswersTheEarliestNoticeOfItsTypeAndAnUnansweredOneIsOverdueAfterItsDay() {
        Contract contract = contract("100000.00", LocalDate.of(2026, 3, 1), LocalDate.of(2028, 2, 29), LocalDate.of(2029, 2, 28));
        LocalDate april = LocalDate.of(2026, 4, 1);

        assertThat(StatutoryNotices.owed(contract, List.of(), List.of(), LocalDate.of(2026, 3, 31)).get(0).status())
                .as("on its due day").isEqualTo(NoticeStatus.DUE);
        assertThat(StatutoryNotices.owed(contract, List.of(), List.of(), april).get(0).status()).isEqualTo(NoticeStatus.OVERDUE);
        Publication published = new Publication(NoticeType.UK7, LocalDate.of(2026, 3, 20), "2026/S 000-012345", null);
        OwedNotice uk7 = StatutoryNotices.owed(contract, List.of(), List.of(published), april).get(0);
        assertThat(uk7.status()).isEqualTo(NoticeStatus.PUBLISHED);
        assertThat(uk7.publication()).isEqualTo(published);
        assertThat(uk7.missing()).isEmpty();
    }

    @Test
    void aChangeBeyondATenthOfTheAwardedTermOrValueIsSubstantialAndOwesAChangeNoticeThatDay() {
        Contract contract = contract("100000.00", LocalDate.of(2026, 3, 1), LocalDate.of(2028, 2, 29), LocalDate.of(2029, 2, 28));
        StatutoryNotices.Terms before = StatutoryNotices.Terms.of(contract); // 1,096 days: a tenth is 109.6

        assertThat(StatutoryNotices.substantialModification(before, moved(before, 109))).isEmpty();
        assertThat(StatutoryNotices.substantialModification(before, moved(before, 110)))
                .hasValue("the end moved from 2028-02-29 to 2028-06-18, 110 days, more than 10% of the awarded maximum term of 1096 days");
        EstimatedValue tenthMore = new EstimatedValue(new BigDecimal("330301.36"), new BigDecimal("396361.63"));
        EstimatedValue justOverATenthMore = new EstimatedValue(new BigDecimal("330301.37"), new BigDecimal("396361.64"));
        assertThat(StatutoryNotices.substantialModification(before, withValue(before, tenthMore))).isEmpty();
        assertThat(StatutoryNotices.substantialModification(before, withValue(before, justOverATenthMore))).isPresent();

        LocalDate recorded = LocalDate.of(2026, 6, 1);
        assertThat(StatutoryNotices.owed(contract, List.of(recorded), List.of(), recorded))
                .filteredOn(n -> n.type() == NoticeType.UK10).extracting(OwedNotice::dueOn, OwedNotice::status)
                .containsExactly(tuple(recorded, NoticeStatus.DUE));
        assertThat(StatutoryNotices.owed(contract, List.of(recorded), List.of(), recorded.plusDays(1)))
                .filteredOn(n -> n.type() == NoticeType.UK10).extracting(OwedNotice::status).containsExactly(NoticeStatus.OVERDUE);
    }

    private static StatutoryNotices.Terms moved(StatutoryNotices.Terms terms, int days) {
        return new StatutoryNotices.Terms(terms.start(), terms.awardedMaximumEnd(), terms.end().plusDays(days), terms.value());
    }

    private static StatutoryNotices.Terms withValue(StatutoryNotices.Terms terms, EstimatedValue value) {
        return new StatutoryNotices.Terms(terms.start(), terms.awardedMaximumEnd(), terms.end(), value);
    }

    private static Contract contract(String annualValue, LocalDate start, LocalDate end, LocalDate awardedMaximumEnd) {
        Contract contract = new Contract();
        contract.reference = "CAM-ICT-031";
        contract.annualValue = new BigDecimal(annualValue);
        contract.vatRate = new BigDecimal("20.00");
        contract.startDate = start;
        contract.awardedMaximumEnd = awardedMaximumEnd;
        contract.setEnd(end, 3);
        contract.renewalType = RenewalType.FIXED;
        contract.status = ContractStatus.ACTIVE;
        contract.regime = Regime.defaultFor(start);
        return contract;
    }
}
