/**
 * Evidence files: the signed document, an attendance sheet, a readout, attached to an
 * assessment, a delivery confirmation or a meeting's outcomes, kept in PostgreSQL,
 * checked by their bytes, and readable by whoever may see the agreement. Owns the table
 * {@code tracker.evidence_file}.
 */
package org.agreementtracker.evidence;
