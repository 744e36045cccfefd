package org.buyonce.contract.notice;

/** The Find a Tender notices a council owes about a contract it holds (Procurement Act 2023). */
public enum NoticeType {
    /** Section 53. */
    UK7("contract details notice"),
    /** Section 71. */
    UK9("contract performance notice"),
    /** Section 75. */
    UK10("contract change notice"),
    /** Section 80. */
    UK11("contract termination notice");

    private final String title;

    NoticeType(String title) {
        this.title = title;
    }

    /** Its name as Find a Tender gives it: "contract details notice". */
    public String title() {
        return title;
    }
}
