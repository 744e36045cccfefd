package org.buyonce.contract.recharge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.buyonce.commons.council.Partnership;
import org.buyonce.contract.Contract;
import org.buyonce.contract.Participant;
import org.buyonce.contract.api.RechargeResponse;
import org.buyonce.contract.repository.ContractRepository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Recharges between partners (the minutes' "with recharging"): a joint contract's lead council pays the supplier, and
 * each participant owes it its share of what the contract costs in the financial year, pro rata to the days the
 * contract runs in it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RechargeService {

    private final ContractRepository contracts;
    private final Partnership partnership;

    public RechargeService(ContractRepository contracts, Partnership partnership) {
        this.contracts = contracts;
        this.partnership = partnership;
    }

    public RechargeResponse of(FinancialYear year) {
        List<RechargeResponse.Contract> rows = contracts.runningBetween(year.first(), year.last()).stream()
                .filter(contract -> contract.participants.size() >= 2)
                .sorted(Comparator.comparing((Contract c) -> c.council).thenComparing(c -> c.reference))
                .map(contract -> row(contract, year)).toList();
        List<RechargeResponse.Council> councils = partnership.councils().stream().map(council -> position(council.code(), rows)).toList();
        return new RechargeResponse(year.year(), year.first(), year.last(), rows, councils);
    }

    private static RechargeResponse.Contract row(Contract contract, FinancialYear year) {
        long days = year.daysOf(contract.startDate, contract.endDate);
        BigDecimal amount = contract.annualValue.multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(year.days()), 2, RoundingMode.HALF_UP);
        List<BigDecimal> split = Shares.split(amount, contract.participants.stream().map(Participant::sharePercent).toList());
        List<RechargeResponse.Share> shares = new ArrayList<>();
        for (int i = 0; i < split.size(); i++) {
            Participant participant = contract.participants.get(i);
            shares.add(new RechargeResponse.Share(participant.council(), participant.sharePercent(), split.get(i)));
        }
        return new RechargeResponse.Contract(contract.id, contract.council, contract.reference, contract.title, contract.annualValue,
                days, amount, shares);
    }

    private static RechargeResponse.Council position(String council, List<RechargeResponse.Contract> rows) {
        BigDecimal share = BigDecimal.ZERO.setScale(2);
        BigDecimal owes = BigDecimal.ZERO.setScale(2);
        BigDecimal owed = BigDecimal.ZERO.setScale(2);
        for (RechargeResponse.Contract row : rows) {
            for (RechargeResponse.Share part : row.shares()) {
                boolean mine = part.council().equals(council);
                boolean led = row.leadCouncil().equals(council);
                if (mine) {
                    share = share.add(part.amount());
                }
                if (mine && !led) {
                    owes = owes.add(part.amount());
                }
                if (!mine && led) {
                    owed = owed.add(part.amount());
                }
            }
        }
        return new RechargeResponse.Council(council, share, owes, owed, owed.subtract(owes));
    }
}
