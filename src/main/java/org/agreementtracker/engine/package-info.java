/**
 * Engine-wide configuration: the database (embedded or external), the deployment of the
 * models in {@code processes/}, authentication of the REST APIs, and the identities,
 * groups and authorizations the engine checks. Owns no process model.
 */
package org.agreementtracker.engine;
