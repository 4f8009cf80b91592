package org.agreementtracker.agreement;

import java.util.List;
import java.util.Set;

/**
 * What a roll-up over every agreement needs of each, and no more: no texts, no dates, no
 * party names. At 2,000 agreements the whole aggregates took most of a progress roll-up's
 * time (see docs/benchmarks.md).
 *
 * @param id the agreement's id
 * @param title its title
 * @param partyCountries the countries of its parties, in no particular order;
 * international organisations have none
 * @param commitments its commitments, in no particular order
 */
public record AgreementOutline(String id, String title, List<String> partyCountries,
        List<CommitmentOutline> commitments) {

    /**
     * A commitment by id, how far it is implemented now, and the areas it serves.
     *
     * @param id its database id
     * @param status its current status
     * @param areas the areas it serves; empty when none was given
     */
    public record CommitmentOutline(long id, ImplementationStatus status, Set<Area> areas) {

    }

}
