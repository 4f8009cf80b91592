/** The import endpoint of our API. */
package org.agreementtracker.intake.web;
