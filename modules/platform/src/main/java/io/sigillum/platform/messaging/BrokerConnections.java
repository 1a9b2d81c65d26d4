package io.sigillum.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Hashtable;
import java.util.Optional;
import javax.naming.Context;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Opens JMS contexts to the broker at {@code sigillum.broker.url} with the configured credentials.
 *
 * <p>The connection factory comes from Artemis's JNDI initial context factory, configured by
 * properties, so no code here depends on Artemis classes: its jars split packages and cannot be
 * required as modules, and another Jakarta Messaging provider could be configured the same way.
 */
@ApplicationScoped
public class BrokerConnections {

    static final String DEFAULT_INITIAL_CONTEXT_FACTORY = "org.apache.activemq.artemis.jndi.ActiveMQInitialContextFactory";

    private final String url;
    private final String user;
    private final String password;
    private final ConnectionFactory factory;

    @Inject
    BrokerConnections(@ConfigProperty(name = "sigillum.broker.url") String url,
                      @ConfigProperty(name = "sigillum.broker.user") Optional<String> user,
                      @ConfigProperty(name = "sigillum.broker.password") Optional<String> password,
                      @ConfigProperty(name = "sigillum.broker.initial-context-factory",
                              defaultValue = DEFAULT_INITIAL_CONTEXT_FACTORY) String initialContextFactory) {
        this.url = url;
        this.user = user.orElse(null);
        this.password = password.orElse(null);
        this.factory = lookup(initialContextFactory, url);
    }

    /** The broker's URL, for messages and health (it carries no credentials). */
    public String url() {
        return url;
    }

    /** A new JMS context; the caller closes it. */
    public JMSContext createContext(int sessionMode) {
        return user == null ? factory.createContext(sessionMode) : factory.createContext(user, password, sessionMode);
    }

    private static ConnectionFactory lookup(String initialContextFactory, String url) {
        Hashtable<String, String> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, initialContextFactory);
        environment.put("connectionFactory.sigillum", url);
        try {
            Context context = new InitialContext(environment);
            try {
                return (ConnectionFactory) context.lookup("sigillum");
            } finally {
                context.close();
            }
        } catch (NamingException e) {
            throw new IllegalStateException("no JMS connection factory for " + url + ": " + e.getMessage(), e);
        }
    }
}
