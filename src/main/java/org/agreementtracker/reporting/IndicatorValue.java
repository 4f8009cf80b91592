package org.agreementtracker.reporting;

import java.math.BigDecimal;

/**
 * A reported figure.
 *
 * @param indicator what is counted (ARRESTS, NARCOTICS_SEIZED, PEOPLE_TRAINED, ...)
 * @param value the figure
 * @param unit persons, kg, USD, ...
 * @param qualifier how exact it is
 * @param period the period it covers, as stated ("April 2019", "cumulative")
 * @param source who reports it
 */
public record IndicatorValue(String indicator, BigDecimal value, String unit, Qualifier qualifier, String period,
        String source) {

}
