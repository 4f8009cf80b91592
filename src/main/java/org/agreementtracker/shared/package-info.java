/**
 * The few value types every feature shares, such as the error a form submission raises
 * when its data is invalid. Nothing else belongs here.
 */
package org.agreementtracker.shared;
