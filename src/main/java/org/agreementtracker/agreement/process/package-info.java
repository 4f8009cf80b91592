/**
 * The adapters between the {@code agreement-lifecycle} process and the agreement service:
 * delegates and task listeners, the constants naming the model's elements, and the due
 * dates of its tasks.
 */
package org.agreementtracker.agreement.process;
