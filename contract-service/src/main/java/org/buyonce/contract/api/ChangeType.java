package org.buyonce.contract.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangeType", description = "What a revision of a contract did, as its event on contract-renewals names it")
public enum ChangeType {
    CREATED, CHANGED, OPTION_EXERCISED, OPTION_DECLINED, TERMINATED, EXPIRED, RENEWED, DELETED
}
