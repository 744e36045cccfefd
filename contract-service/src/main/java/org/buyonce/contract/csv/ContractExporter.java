package org.buyonce.contract.csv;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.buyonce.commons.csv.CsvOutput;
import org.buyonce.contract.Contract;
import org.buyonce.contract.repository.ContractFilter;
import org.buyonce.contract.repository.ContractRepository;

import java.util.List;
import java.util.UUID;

/** Writes contracts (those a filter selects) in the Transparency Code layout, page by page, so memory stays flat. */
@ApplicationScoped
public class ContractExporter {

    static final int PAGE = 1000;

    private final ContractRepository contracts;

    public ContractExporter(ContractRepository contracts) {
        this.contracts = contracts;
    }

    /** The export as a download, safe to open in a spreadsheet ({@link CsvOutput}). */
    public Response download(ContractFilter filter) {
        return CsvOutput.download("contracts.csv", ContractCsv.WRITE, sink -> {
            UUID after = null;
            while (true) {
                UUID from = after;
                List<Contract> page = QuarkusTransaction.requiringNew().call(() -> contracts.after(from, filter, PAGE));
                page.stream().map(ContractCsv::write).forEach(sink::row);
                if (page.size() < PAGE) {
                    return;
                }
                after = page.get(page.size() - 1).id;
            }
        });
    }
}
