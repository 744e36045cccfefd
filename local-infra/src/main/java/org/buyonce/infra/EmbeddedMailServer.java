package org.buyonce.infra;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A real SMTP server on 127.0.0.1 (GreenMail), for the tests and the embedded default: it accepts every message for
 * every address and keeps it to be read back. Not for production.
 */
public final class EmbeddedMailServer implements AutoCloseable {

    private final int port;
    private GreenMail server;

    public EmbeddedMailServer(int port) {
        this.port = port;
    }

    /** On a free port. */
    public EmbeddedMailServer() {
        this(FreePorts.one());
    }

    public synchronized EmbeddedMailServer start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return this;
    }

    /** Stops accepting mail (a sender then fails to connect); what was received is forgotten. */
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public int port() {
        return port;
    }

    /** Every message received since the start, oldest first. */
    public synchronized List<MimeMessage> received() {
        return server == null ? List.of() : List.of(server.getReceivedMessages());
    }

    /** Forgets what was received. */
    public synchronized void clear() throws Exception {
        if (server != null) {
            server.purgeEmailFromAllMailboxes();
        }
    }

    /** Writes each message received that is not there yet into a folder as NNNN.eml, which any mail client opens. */
    public synchronized int saveNewTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<MimeMessage> all = received();
        int saved = 0;
        for (int i = 0; i < all.size(); i++) {
            Path file = folder.resolve(String.format("%04d.eml", i + 1));
            if (Files.exists(file)) {
                continue;
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                all.get(i).writeTo(out);
                saved++;
            } catch (MessagingException e) {
                throw new IOException("could not write message " + (i + 1), e);
            }
        }
        return saved;
    }

    @Override
    public void close() {
        stop();
    }
}
