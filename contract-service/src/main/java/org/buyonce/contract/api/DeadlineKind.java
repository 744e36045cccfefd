package org.buyonce.contract.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeadlineKind", description = "OPTION_DECISION: last day to exercise the next option; NOTICE: last day to give "
        + "notice (a TACIT contract renews otherwise); END: the contract ends; STATUTORY_NOTICE: last day to publish a Find a "
        + "Tender notice the Procurement Act 2023 asks for (see GET /notices)")
public enum DeadlineKind {
    OPTION_DECISION, NOTICE, END, STATUTORY_NOTICE
}
