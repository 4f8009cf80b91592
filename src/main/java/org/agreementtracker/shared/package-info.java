/**
 * The few types every feature shares, such as the error a form submission raises when its
 * data is invalid, and the contract by which a feature shows context on its forms
 * ({@link org.agreementtracker.shared.FormContext}). Nothing else belongs here.
 */
package org.agreementtracker.shared;
