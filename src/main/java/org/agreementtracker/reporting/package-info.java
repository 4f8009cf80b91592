/**
 * Indicators of an agreement (arrests, seizures, people trained) reported with their
 * qualifier and source; progress views and exports. Owns {@code processes/reporting/} and
 * the table {@code tracker.indicator_value}.
 */
package org.agreementtracker.reporting;
