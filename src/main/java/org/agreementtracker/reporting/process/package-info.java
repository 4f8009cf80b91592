/** Adapters between the {@code indicator-reporting} process and the indicator service. */
package org.agreementtracker.reporting.process;
