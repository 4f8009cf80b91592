package org.agreementtracker.engine;

import java.io.IOException;
import java.lang.reflect.Field;
import java.util.concurrent.atomic.AtomicBoolean;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;

/**
 * Stops the embedded PostgreSQL after everything that uses it, and not before.
 * <p>
 * The library stops its server from a JVM shutdown hook of its own, which runs at the
 * same time as Spring's: the server went away while the engine was still writing its last
 * metrics and closing, which logged errors and held the JVM for the pool's 30 s
 * connection timeout. The library's hook returns at once when the server is marked
 * closed, so it is marked closed here and truly closed when Spring destroys this bean,
 * after the data source and the engine.
 */
class EmbeddedDatabase implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;

    private final AtomicBoolean closedFlag;

    EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.closedFlag = closedFlag(postgres);
        if (this.closedFlag != null) {
            this.closedFlag.set(true);
        }
    }

    EmbeddedPostgres postgres() {
        return this.postgres;
    }

    @Override
    public void destroy() throws IOException {
        if (this.closedFlag != null) {
            this.closedFlag.set(false);
        }
        this.postgres.close();
    }

    private static AtomicBoolean closedFlag(EmbeddedPostgres postgres) {
        try {
            Field field = EmbeddedPostgres.class.getDeclaredField("closed");
            field.setAccessible(true);
            return (AtomicBoolean) field.get(postgres);
        }
        catch (ReflectiveOperationException | RuntimeException ex) {
            log.warn("Cannot order the embedded PostgreSQL's shutdown after Spring's ({}); "
                    + "expect connection errors when the application stops", ex.toString());
            return null;
        }
    }

}
