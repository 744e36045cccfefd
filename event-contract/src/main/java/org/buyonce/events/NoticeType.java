package org.buyonce.events;

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

    /** What an officer must do about it: "Publish the contract details notice (UK7) on Find a Tender". */
    public String toDo() {
        return "Publish the " + title + " (" + name() + ") on Find a Tender";
    }
}
