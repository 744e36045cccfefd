package org.buyonce.contract.notice;

import java.time.LocalDate;

/** The procurement law a contract was awarded under; only the Procurement Act 2023 asks for notices of it. */
public enum Regime {
    PA2023, PCR2015, OTHER;

    /** The day the Procurement Act 2023 came into force. */
    public static final LocalDate ACT_IN_FORCE = LocalDate.of(2025, 2, 24);

    /** What a contract is taken to be under when nobody said: the Act if it started once the Act was in force. */
    public static Regime defaultFor(LocalDate startDate) {
        return startDate.isBefore(ACT_IN_FORCE) ? PCR2015 : PA2023;
    }
}
