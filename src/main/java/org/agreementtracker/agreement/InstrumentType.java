package org.agreementtracker.agreement;

/** The kinds of instrument governments sign, as the source documents name them. */
public enum InstrumentType {

    JOINT_STATEMENT("Joint statement"), ROADMAP("Roadmap"), ACTION_PLAN("Action plan"),
    BILATERAL_MOC("Bilateral memorandum of cooperation"), REGIONAL_COMPACT("Regional compact"),
    MINISTERIAL_COMMITMENTS("Ministerial commitments"), OPERATIONAL_MISSION("Operational mission"),
    CONFERENCE("Conference");

    private final String label;

    InstrumentType(String label) {
        this.label = label;
    }

    public String label() {
        return this.label;
    }

}
