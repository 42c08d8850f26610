package org.openfse.transmission.mail.internal;

import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;

/**
 * The context class loader for Jakarta Mail calls (ADR 0012): Jakarta Mail and Jakarta Activation
 * look up their implementations with {@link java.util.ServiceLoader} through the context class
 * loader. This loader sees the Angus Mail bundle (mail providers, stream provider, mailcap) and,
 * after it, the Angus Activation bundle (mailcap and MIME type registries), whatever the
 * framework. On a plain class path both are the application class loader.
 */
final class MailProviderLoader extends ClassLoader {

    /** The one instance, built from a class of each Angus bundle. */
    static final ClassLoader INSTANCE = new MailProviderLoader(
            org.eclipse.angus.mail.smtp.SMTPTransport.class.getClassLoader(),
            org.eclipse.angus.activation.MailcapRegistryProviderImpl.class.getClassLoader());

    private final ClassLoader activation;

    private MailProviderLoader(ClassLoader mail, ClassLoader activation) {
        super(mail);
        this.activation = activation;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        return activation.loadClass(name);
    }

    @Override
    protected URL findResource(String name) {
        return activation.getResource(name);
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        return activation.getResources(name);
    }
}
