package org.buyonce.asset.csv;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.csv.CSVPrinter;
import org.buyonce.asset.Asset;
import org.buyonce.asset.repository.AssetFilter;
import org.buyonce.asset.repository.AssetRepository;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes the register (or the part a filter selects) as CSV, page by page in tag order, so memory stays flat. */
@ApplicationScoped
public class AssetExporter {

    static final int PAGE = 1000;

    private final AssetRepository assets;

    public AssetExporter(AssetRepository assets) {
        this.assets = assets;
    }

    public void export(AssetFilter filter, Writer out) throws IOException {
        CSVPrinter printer = AssetCsv.WRITE.print(out);
        String after = null;
        while (true) {
            String from = after;
            List<List<String>> rows = QuarkusTransaction.requiringNew()
                    .call(() -> assets.after(from, filter, PAGE).stream().map(AssetCsv::write).toList());
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
            if (rows.size() < PAGE) {
                break;
            }
            after = rows.get(rows.size() - 1).get(0);
        }
        printer.flush();
    }
}
