package org.openfse.transmission.internal.exchange;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openfse.core.transport.Transport;
import org.openfse.core.transport.TransportRegistry;
import org.openfse.core.transport.TransportRouter;
import org.openfse.simulator.CaisseDeTest;

/** The real transports built as Declarative Services would (configuration proxies), and B2 files. */
final class Fixtures {

    private Fixtures() {
    }

    /** The mail transport of bundle org.openfse.transmission.mail, configured for the simulator. */
    static Transport mail(CaisseDeTest caisse) {
        return mail(caisse.smtpPort(), caisse.pop3Port());
    }

    /** The mail transport for the simulator's ports. */
    static Transport mail(int smtpPort, int pop3Port) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("smtpHost", "127.0.0.1");
        values.put("smtpPort", smtpPort);
        values.put("smtpSecurity", "NONE");
        values.put("pop3Host", "127.0.0.1");
        values.put("pop3Port", pop3Port);
        values.put("pop3Security", "NONE");
        values.put("user", CaisseDeTest.PS_LOGIN);
        values.put("password", CaisseDeTest.PS_PASSWORD);
        values.put("senderAddress", CaisseDeTest.PS_ADDRESS);
        values.put("recipientDomain", CaisseDeTest.RECIPIENT_DOMAIN);
        return component("org.openfse.transmission.mail.internal.MailTransport",
                "org.openfse.transmission.mail.internal.MailSettings", values);
    }

    /** The concentrator transport of bundle org.openfse.transmission.oct, id {@code areasante}. */
    static Transport oct(CaisseDeTest caisse) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", "areasante");
        values.put("name", "AreaSante");
        values.put("host", "127.0.0.1");
        values.put("port", caisse.octPort());
        values.put("secure", false);
        values.put("user", CaisseDeTest.OCT_USER);
        values.put("password", CaisseDeTest.OCT_PASSWORD);
        return component("org.openfse.transmission.oct.internal.OctTransport",
                "org.openfse.transmission.oct.internal.ConcentratorConfig", values);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Transport component(String type, String configType, Map<String, Object> values) {
        try {
            Class<?> config = Class.forName(configType);
            Object proxy = Proxy.newProxyInstance(config.getClassLoader(), new Class<?>[] {config}, (self, method, args) -> {
                if (method.getParameterCount() > 0 || method.getName().equals("hashCode") || method.getName().equals("toString")) {
                    return method.getName().equals("equals") ? self == args[0]
                            : method.getName().equals("hashCode") ? System.identityHashCode(self) : configType;
                }
                Object value = values.containsKey(method.getName()) ? values.get(method.getName()) : method.getDefaultValue();
                if (value instanceof String text && method.getReturnType().isEnum()) {
                    return Enum.valueOf((Class<Enum>) method.getReturnType(), text);
                }
                return value;
            });
            return (Transport) Class.forName(type).getConstructor(config).newInstance(proxy);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type, e);
        }
    }

    /** A registry holding these transports, the first being the default. */
    static TransportRegistry registry(Transport... transports) {
        Map<String, Transport> byId = new LinkedHashMap<>();
        for (Transport transport : transports) {
            byId.put(transport.id(), transport);
        }
        return new TransportRegistry() {
            @Override
            public Collection<Transport> all() {
                return byId.values();
            }

            @Override
            public Optional<Transport> get(String id) {
                return Optional.ofNullable(byId.get(id));
            }

            @Override
            public Optional<Transport> defaultTransport() {
                return byId.values().stream().findFirst();
            }
        };
    }

    /** Routes by destination prefix (a fixed {@link RouteTable}); unmatched → empty. */
    static TransportRouter router(String routes) {
        RouteTable table = RouteTable.parse(routes);
        return new TransportRouter() {
            @Override
            public Optional<String> transportIdFor(String destination, long concentratorId) {
                return table.lookup(destination);
            }

            @Override
            public Map<String, String> routes() {
                return table.asMap();
            }

            @Override
            public void setRoute(String organismePrefix, String transportId) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static String record(Object... positionsAndValues) {
        char[] record = new char[128];
        java.util.Arrays.fill(record, ' ');
        for (int i = 0; i < positionsAndValues.length; i += 2) {
            String value = (String) positionsAndValues[i + 1];
            value.getChars(0, value.length(), record, (Integer) positionsAndValues[i] - 1);
        }
        return new String(record);
    }

    /** A B2 file of one lot with one invoice (B2.md section 3), PS 992604231, organisme 349. */
    static byte[] b2(int lotNumber) {
        String lot = "%03d".formatted(lotNumber);
        return (record(1, "000", 4, "TP", 6, "00000992604231")
                + record(1, "1", 2, "992604231", 17, "349", 20, lot, 72, "240528")
                + record(1, "2", 2, "992604231", 12, "1850575123456", 27, "000000254")
                + record(1, "4", 2, "992604231", 12, "1850575123456", 27, "000000254")
                + record(1, "5", 2, "992604231", 12, "1850575123456", 27, "000000254")
                + record(1, "6", 2, "992604231", 11, "001", 52, lot)
                + record(1, "999", 4, "TP", 6, "00000992604231", 83, "001")).getBytes(StandardCharsets.US_ASCII);
    }

    static List<String> lines(String text) {
        return List.of(text.split("\\R"));
    }
}
