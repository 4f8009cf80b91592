/** Our read API: agreements, their progress, history, indicators, and exports. */
package org.agreementtracker.reporting.web;
