/** Evidence files over {@code /api}. */
package org.agreementtracker.evidence.web;
