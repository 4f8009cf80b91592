package org.agreementtracker.agreement;

import java.util.Set;

/**
 * A commitment as the agreement states it, in the areas it serves.
 *
 * @param id its database id, null before it is stored
 * @param position its place in the agreement's list, from 1
 * @param text the stated text
 * @param areas the areas it serves (many-to-many: the 2018 commitments span the 2019
 * areas)
 */
public record Commitment(Long id, int position, String text, Set<Area> areas) {

}
