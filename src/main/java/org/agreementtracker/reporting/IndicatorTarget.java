package org.agreementtracker.reporting;

import java.math.BigDecimal;

/**
 * What an agreement aims at for an indicator ("as many as 80 advisers").
 *
 * @param indicator what is counted
 * @param target the figure aimed at
 * @param unit its unit
 * @param qualifier how exact
 */
public record IndicatorTarget(String indicator, BigDecimal target, String unit, Qualifier qualifier) {

}
