package org.buyonce.contract.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import org.buyonce.contract.api.ContractResponse;

import java.io.IOException;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A list page's contracts, each with its JSON as rendered when it was first shown at its version: written as those
 * bytes, not serialized again (twenty contracts' JSON was most of what a list still cost). To Java it is a plain list
 * of responses, so the page's type, and the OpenAPI document, stay what they are.
 */
@JsonSerialize(using = RenderedContracts.AsJson.class)
final class RenderedContracts extends AbstractList<ContractResponse> implements RandomAccess {

    /** A response and its JSON, rendered from it. */
    record Rendered(ContractResponse response, SerializableString json) {
    }

    private final List<Rendered> items;

    RenderedContracts(List<Rendered> items) {
        this.items = items;
    }

    @Override
    public ContractResponse get(int index) {
        return items.get(index).response();
    }

    @Override
    public int size() {
        return items.size();
    }

    static final class AsJson extends StdSerializer<RenderedContracts> {

        AsJson() {
            super(RenderedContracts.class);
        }

        @Override
        public void serialize(RenderedContracts contracts, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartArray(contracts, contracts.size());
            for (Rendered item : contracts.items) {
                json.writeRawValue(item.json());
            }
            json.writeEndArray();
        }
    }
}
