package org.buyonce.contract.service;

import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.buyonce.commons.paging.Page;
import org.buyonce.contract.api.ContractResponse;
import org.buyonce.contract.service.RenderedContracts.Rendered;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A page of rendered contracts is written from the JSON kept, even where the page's type is declared generically. */
class RenderedContractsTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aPageWritesEachContractAsTheJsonKeptForIt() throws Exception {
        RenderedContracts items = new RenderedContracts(List.of(new Rendered(null, new SerializedString("{\"kept\":1}")),
                new Rendered(null, new SerializedString("{\"kept\":\"\\u00e9\"}"))));
        Page<ContractResponse> page = new Page<>(items, 0, 20, 2, 1);

        String written = mapper.writerFor(new TypeReference<Page<ContractResponse>>() { }).writeValueAsString(page);

        assertThat(written).isEqualTo("{\"items\":[{\"kept\":1},{\"kept\":\"\\u00e9\"}],\"page\":0,\"size\":20,\"totalItems\":2,\"totalPages\":1}");
        assertThat(mapper.readTree(written).get("items").get(1).get("kept").asText()).isEqualTo("\u00e9");
    }
}
