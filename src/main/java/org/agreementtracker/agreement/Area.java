package org.agreementtracker.agreement;

/**
 * Areas of collaboration: the four of the regional compact, the others the 2018
 * commitments name, and a bucket for what fits none (root causes, economic prosperity).
 */
public enum Area {

    HUMAN_TRAFFICKING_AND_SMUGGLING("Combatting human trafficking and migrant smuggling"),
    ORGANIZED_CRIME_AND_GANGS("Countering organized crime and gangs"),
    INFORMATION_SHARING("Expanding information and intelligence sharing"),
    BORDER_SECURITY("Strengthening border security"), PUBLIC_MESSAGING("Public messaging"),
    ASYLUM_CAPACITY("Asylum capacity"), BIOMETRICS("Biometrics and data sharing"), OTHER("Other");

    private final String label;

    Area(String label) {
        this.label = label;
    }

    public String label() {
        return this.label;
    }

}
