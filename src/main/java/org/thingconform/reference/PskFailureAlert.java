package org.thingconform.reference;

import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.californium.scandium.ConnectionListener;
import org.eclipse.californium.scandium.DTLSConnector;
import org.eclipse.californium.scandium.dtls.AlertMessage;
import org.eclipse.californium.scandium.dtls.AlertMessage.AlertDescription;
import org.eclipse.californium.scandium.dtls.AlertMessage.AlertLevel;
import org.eclipse.californium.scandium.dtls.Connection;
import org.eclipse.californium.scandium.dtls.HandshakeException;
import org.eclipse.californium.scandium.dtls.Handshaker;

/**
 * Makes the reference's DTLS server answer a wrong pre-shared key with a fatal
 * {@code decrypt_error} alert, as RFC 4279 (section 2) describes, instead of Scandium's default of
 * dropping the client's Finished it cannot decrypt in silence: a device then learns at once that
 * its key was refused. A record that fails its MAC check during a PSK handshake is that case.
 */
final class PskFailureAlert implements ConnectionListener {

    private final AtomicReference<DTLSConnector> connector = new AtomicReference<>();

    /** The connector to end handshakes on (it is built after its configuration, which names this listener). */
    void attach(DTLSConnector server) {
        connector.set(server);
    }

    @Override
    public boolean onConnectionMacError(Connection connection) {
        Handshaker handshaker = connection.getOngoingHandshake();
        DTLSConnector server = connector.get();
        if (server != null && handshaker != null && handshaker.getSession().getCipherSuite().isPskBased()) {
            server.processHandshakeException(connection, new HandshakeException("the client's Finished does not "
                    + "decrypt with the pre-shared key of its identity",
                    new AlertMessage(AlertLevel.FATAL, AlertDescription.DECRYPT_ERROR)));
        }
        return false;
    }

    @Override
    public void onConnectionEstablished(Connection connection) {
        // nothing to add
    }

    @Override
    public void onConnectionRemoved(Connection connection) {
        // nothing to add
    }

    @Override
    public boolean onConnectionUpdatesSequenceNumbers(Connection connection, boolean writeSequenceNumber) {
        return false;
    }

    @Override
    public void beforeExecution(Connection connection) {
        // nothing to add
    }

    @Override
    public void updateExecution(Connection connection) {
        // nothing to add
    }

    @Override
    public void afterExecution(Connection connection) {
        // nothing to add
    }
}
