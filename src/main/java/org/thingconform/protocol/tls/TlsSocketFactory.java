package org.thingconform.protocol.tls;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * An {@link SSLSocketFactory} for clients that open their own sockets (Paho, the raw MQTT
 * client): every socket it makes gets the settings' parameters for the endpoint's host, turns
 * Nagle off (the suite measures timing), and reports its completed handshake to the
 * {@link TlsObservation}.
 */
public final class TlsSocketFactory extends SSLSocketFactory {

    private final SSLContext context;
    private final SSLSocketFactory delegate;
    private final TlsSettings settings;
    private final String host;
    private final TlsObservation observation;

    public TlsSocketFactory(TlsSettings settings, String host, TlsObservation observation) {
        this.context = TlsContexts.client(settings, observation);
        this.delegate = context.getSocketFactory();
        this.settings = settings;
        this.host = host;
        this.observation = observation;
    }

    @Override
    public String[] getDefaultCipherSuites() {
        return delegate.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return delegate.getSupportedCipherSuites();
    }

    @Override
    public Socket createSocket() throws IOException {
        return configure(delegate.createSocket());
    }

    @Override
    public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
        socket.setTcpNoDelay(true);
        return configure(delegate.createSocket(socket, host, port, autoClose));
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return configure(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return configure(delegate.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress address, int port) throws IOException {
        return configure(delegate.createSocket(address, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return configure(delegate.createSocket(address, port, localAddress, localPort));
    }

    private Socket configure(Socket socket) throws IOException {
        SSLSocket ssl = (SSLSocket) socket;
        ssl.setSSLParameters(TlsContexts.parameters(context, settings, host));
        ssl.setTcpNoDelay(true);
        observation.connecting(ssl);
        ssl.addHandshakeCompletedListener(event -> observation.completed(handshake(event.getSession())));
        return ssl;
    }

    /** The facts of a negotiated session worth tracing. */
    public static TlsObservation.Handshake handshake(SSLSession session) {
        String peer;
        try {
            peer = session.getPeerPrincipal().getName();
        } catch (IOException e) {
            peer = null;
        }
        return new TlsObservation.Handshake(session.getProtocol(), session.getCipherSuite(), peer);
    }
}
