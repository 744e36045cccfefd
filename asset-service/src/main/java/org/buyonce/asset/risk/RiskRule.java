package org.buyonce.asset.risk;

/** Why an asset is on the risk register. */
public enum RiskRule {
    /** A CRITICAL asset nobody is recorded as answering for. */
    NO_RESPONSIBLE_PARTY,
    /** A CRITICAL asset that is not monitored. */
    NOT_MONITORED,
    /** An asset in use (or kept as legacy) past its end of support. */
    PAST_END_OF_SUPPORT,
    /** Its supporting contract has ended (expired, terminated, or past its end). */
    SUPPORT_CONTRACT_ENDED,
    /** Its supporting contract ends within the window. */
    SUPPORT_CONTRACT_ENDING,
    /** A CRITICAL asset with no supporting contract, or one whose supporting contract is not known. */
    NO_SUPPORTING_CONTRACT
}
