/**
 * Calendar feeds: the token-protected subscription addresses and the API that hands them
 * out.
 */
package org.agreementtracker.notification.web;
