package org.buyonce.alignment.planner;

/** How a contract gets to an opportunity's target date T. */
public enum Role {
    /** T is one of its achievable ends. */
    ALIGNED,
    /** Ends before T and needs a negotiated extension of at most B months to reach it. */
    BRIDGED,
    /** Ends after T and joins the joint contract then. */
    JOINS_LATER,
    /** Neither: listed with the reason, but not counted in the opportunity. */
    CANNOT_REACH
}
