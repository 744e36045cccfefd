package org.buyonce.contract.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangeType", description = "What a revision of a contract did")
public enum ChangeType {
    CREATED, UPDATED, DELETED
}
