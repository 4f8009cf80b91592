package org.agreementtracker.agreement;

/**
 * A ministry or agency and its role in an agreement.
 *
 * @param name as stated ("Guatemalan Ministry of Government")
 * @param country the party code of its government, or null for an international
 * organisation
 * @param role what it is to the agreement
 */
public record AgreementParty(String name, String country, PartyRole role) {

    public boolean isSignatory() {
        return this.role == PartyRole.SIGNATORY;
    }

}
