package org.agreementtracker.reporting;

/**
 * How exact a reported figure is: "5,000 arrests", "about 4,500", "more than 7,600 kg",
 * "as many as 80".
 */
public enum Qualifier {

    EXACT, ABOUT, MORE_THAN, UP_TO

}
