/**
 * The languages people work in: each party's language (from its configuration), forms
 * translated from one English source plus a catalogue per language, the form a task shows
 * chosen by the party whose group the task is for, and dates and numbers written the way
 * that language writes them.
 */
package org.agreementtracker.language;
