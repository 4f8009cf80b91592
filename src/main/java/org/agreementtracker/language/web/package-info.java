/**
 * Texts for the webapps in our parties' languages, where Camunda's own files cannot hold
 * them.
 */
package org.agreementtracker.language.web;
