package org.buyonce.alignment.planner;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;

/** What orders opportunities: urgent first (an asset of the capability out of support before T), then the first deadline, then spend. */
public interface Pressing {

    Comparator<Pressing> MOST_PRESSING_FIRST = Comparator.comparing((Pressing o) -> !o.urgent())
            .thenComparing(Pressing::firstDeadline)
            .thenComparing(Pressing::annualSpendCovered, Comparator.reverseOrder())
            .thenComparing(Pressing::capability);

    String capability();

    boolean urgent();

    LocalDate firstDeadline();

    BigDecimal annualSpendCovered();
}
