package org.openpathways.platform.database;

/** The embedded database's port is taken by another program, which must never be mistaken for our server. */
public class DatabasePortInUseException extends IllegalStateException {

    private final int port;

    DatabasePortInUseException(int port) {
        super("Port " + port + " on localhost is already in use");
        this.port = port;
    }

    public int port() {
        return port;
    }
}
