/**
 * Agreements as data: the agreement file format (YAML or JSON), its import through the
 * API or a folder read at start-up, and the demonstration agreements written from the
 * source documents. Owns no process model and no table; it writes through the other
 * features' services.
 */
package org.agreementtracker.intake;
