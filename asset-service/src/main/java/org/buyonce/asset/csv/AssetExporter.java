package org.buyonce.asset.csv;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.buyonce.asset.repository.AssetFilter;
import org.buyonce.asset.repository.AssetRepository;
import org.buyonce.commons.csv.CsvOutput;

import java.util.List;

/** Writes the register (or the part a filter selects) as CSV, page by page in tag order, so memory stays flat. */
@ApplicationScoped
public class AssetExporter {

    static final int PAGE = 1000;

    private final AssetRepository assets;

    public AssetExporter(AssetRepository assets) {
        this.assets = assets;
    }

    /** The export as a download, safe to open in a spreadsheet ({@link CsvOutput}). */
    public Response download(AssetFilter filter) {
        return CsvOutput.download("asset-register.csv", AssetCsv.WRITE, sink -> {
            String after = null;
            while (true) {
                String from = after;
                List<List<String>> rows = QuarkusTransaction.requiringNew()
                        .call(() -> assets.after(from, filter, PAGE).stream().map(AssetCsv::write).toList());
                rows.forEach(sink::row);
                if (rows.size() < PAGE) {
                    return;
                }
                after = rows.get(rows.size() - 1).get(0);
            }
        });
    }
}
