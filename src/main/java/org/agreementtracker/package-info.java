/**
 * Agreement Tracker: a Camunda 7 application that tracks how international cooperation
 * agreements are implemented, one feature per package.
 */
package org.agreementtracker;
